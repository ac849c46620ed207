-- Issues to units (印发各单位): the office's member units (区创建办成员单位), an issue's choice of
-- member units and/or all units, the units it reached at publication, and each unit's first reading.
-- Runs unchanged on H2 and PostgreSQL.

alter table unit add column member_unit boolean default false not null;

alter table briefing_issue add column to_member_units boolean default false not null;
alter table briefing_issue add column to_all_units boolean default false not null;

-- Fixed at publication: a unit that becomes a member later does not gain past issues, nor lose them.
create table briefing_unit_recipient (
    issue_id  bigint not null references briefing_issue (id) on delete cascade,
    unit_id   bigint not null references unit (id),
    primary key (issue_id, unit_id)
);
create index ix_unit_recipient_unit on briefing_unit_recipient (unit_id);

-- Read receipts per unit (已阅): the first time any officer of the unit opened or downloaded it.
create table briefing_unit_reading (
    issue_id       bigint not null references briefing_issue (id) on delete cascade,
    unit_id        bigint not null references unit (id),
    account_id     bigint references account (id),
    first_read_at  timestamp with time zone not null,
    primary key (issue_id, unit_id)
);
