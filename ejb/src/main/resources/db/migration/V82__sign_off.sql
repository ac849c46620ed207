-- Sign-off (签发): a briefing title may require it before publication; administrators name the
-- signers (签发人); an issue records who assembled it, and who signed it off and when.
-- Runs unchanged on H2 and PostgreSQL.

alter table briefing_title add column sign_off_required boolean default false not null;
alter table account add column may_sign_off boolean default false not null;

alter table briefing_issue add column created_by_id bigint references account (id);
alter table briefing_issue add column signed_by_id bigint references account (id);
alter table briefing_issue add column signed_by varchar(30);
alter table briefing_issue add column signed_at timestamp with time zone;
