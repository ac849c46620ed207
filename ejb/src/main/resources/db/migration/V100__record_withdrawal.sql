-- Corrections (更正): an adoption or instruction record entered wrongly is withdrawn (撤销) with a
-- reason, by whom and when; a corrected record replaces it and the withdrawn one names its successor.
-- Withdrawn records stay for the audit but no longer score.
alter table adoption add column withdrawn_at timestamp with time zone;
alter table adoption add column withdrawn_by_id bigint references account (id);
alter table adoption add column withdrawn_by varchar(30);
alter table adoption add column withdrawal_reason varchar(300);
alter table adoption add column replaced_by_id bigint;
alter table instruction add column withdrawn_at timestamp with time zone;
alter table instruction add column withdrawn_by_id bigint references account (id);
alter table instruction add column withdrawn_by varchar(30);
alter table instruction add column withdrawal_reason varchar(300);
alter table instruction add column replaced_by_id bigint;
