-- The plan's judgement of an item (信息属性): positive or negative, early warning (预警), sensitive (敏感).
-- The must-report kind (must_report) exists since V1. Runs unchanged on H2 and PostgreSQL.

alter table item add column orientation varchar(10);
alter table item add constraint ck_item_orientation check (orientation in ('POSITIVE', 'NEGATIVE'));
alter table item add column early_warning boolean default false not null;
alter table item add column sensitive boolean default false not null;
