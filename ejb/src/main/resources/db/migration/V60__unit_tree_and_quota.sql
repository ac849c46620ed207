-- The unit tree (工委 → 部门, 街乡镇), the leader in charge (分管领导) and the weekly quota's history.
-- Runs unchanged on H2 and PostgreSQL.

alter table unit add column parent_id bigint;
alter table unit add constraint fk_unit_parent foreign key (parent_id) references unit (id);
alter table unit add column leader varchar(40);

-- From effective_from (a Monday) on, the unit owes per_week items a week, until a later row.
create table unit_quota (
    unit_id         bigint not null references unit (id),
    effective_from  date not null,
    per_week        integer not null,
    primary key (unit_id, effective_from),
    constraint ck_unit_quota_per_week check (per_week between 0 and 50)
);

-- Every existing unit keeps the quota it had: 2 for key network units (the work plan), none otherwise.
insert into unit_quota (unit_id, effective_from, per_week)
    select id, date '2000-01-03', case when key_unit then 2 else 0 end from unit;
