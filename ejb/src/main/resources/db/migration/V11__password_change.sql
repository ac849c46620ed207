-- An initial password an administrator set (or reset) must be changed by its holder at the next sign-in.
alter table account add column must_change_password boolean default false not null;
