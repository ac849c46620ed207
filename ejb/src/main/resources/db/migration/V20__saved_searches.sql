-- Saved searches (保存的检索): a user's named search, kept as the search page's URL query string so
-- that opening it repeats the search with its filters. Runs unchanged on H2 and PostgreSQL.
create sequence saved_search_seq start with 1 increment by 50;
create table saved_search (
    id          bigint primary key,
    account_id  bigint not null references account (id),
    name        varchar(40) not null,
    query       varchar(2000) not null,
    created_at  timestamp with time zone not null
);
create index ix_saved_search_account on saved_search (account_id, created_at);
