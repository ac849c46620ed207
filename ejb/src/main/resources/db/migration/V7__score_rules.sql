-- Versioned score rules (计分规则) and the stored score lines (计分明细) computed with them.

create sequence score_rule_set_seq start with 1 increment by 10;
create table score_rule_set (
    id                            bigint primary key,
    effective_from                date not null,
    highest_adoption_only         boolean not null,
    highest_instruction_only      boolean not null,
    adoption_and_instruction_add  boolean not null,
    note                          varchar(200),
    created_by                    varchar(30) not null,
    created_at                    timestamp with time zone not null
);
create table score_rule (
    rule_set_id  bigint not null references score_rule_set (id) on delete cascade,
    score_key    varchar(30) not null,
    points       integer not null,
    primary key (rule_set_id, score_key),
    constraint ck_score_rule_points check (points between 0 and 1000)
);

-- The work plan's standard is in force from the beginning of time.
insert into score_rule_set (id, effective_from, highest_adoption_only, highest_instruction_only,
    adoption_and_instruction_add, note, created_by, created_at)
    values (1, date '2000-01-01', true, true, true, '《宣传信息计分考核办法》默认标准', '系统', timestamp with time zone '2026-01-01 00:00:00+08:00');
insert into score_rule (rule_set_id, score_key, points) values (1, 'SUBMISSION', 1);
insert into score_rule (rule_set_id, score_key, points) values (1, 'DISTRICT_FULL', 5);
insert into score_rule (rule_set_id, score_key, points) values (1, 'DISTRICT_COMBINED', 2);
insert into score_rule (rule_set_id, score_key, points) values (1, 'CITY_FULL', 20);
insert into score_rule (rule_set_id, score_key, points) values (1, 'CITY_COMBINED', 10);
insert into score_rule (rule_set_id, score_key, points) values (1, 'NATIONAL_FULL', 40);
insert into score_rule (rule_set_id, score_key, points) values (1, 'NATIONAL_COMBINED', 20);
insert into score_rule (rule_set_id, score_key, points) values (1, 'INSTRUCTION_CAPITAL', 50);
insert into score_rule (rule_set_id, score_key, points) values (1, 'INSTRUCTION_CITY', 40);
insert into score_rule (rule_set_id, score_key, points) values (1, 'INSTRUCTION_DISTRICT', 30);
alter sequence score_rule_set_seq restart with 11;

create sequence score_line_seq start with 1 increment by 50;
create table score_line (
    id           bigint primary key,
    item_id      bigint not null references item (id),
    unit_id      bigint not null references unit (id),
    author_id    bigint references account (id),
    kind         varchar(12) not null,
    record_id    bigint not null,
    via_item_id  bigint references item (id),
    counted_on   date not null,
    level_name   varchar(10) not null,
    mode         varchar(10),
    rule_set_id  bigint not null references score_rule_set (id),
    points       integer not null,
    credited     integer not null,
    explanation  varchar(300) not null,
    constraint ck_score_line_kind check (kind in ('ADOPTION', 'INSTRUCTION'))
);
create index ix_score_line_item on score_line (item_id);
create index ix_score_line_date_unit on score_line (counted_on, unit_id);
create index ix_score_line_date_author on score_line (counted_on, author_id);
-- submissions are counted per unit and author by submission time
create index ix_item_submitted_unit on item (submitted_at, unit_id);
