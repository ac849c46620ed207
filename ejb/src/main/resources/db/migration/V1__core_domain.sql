-- Core domain: units, accounts, briefing columns, items. Runs unchanged on H2 and PostgreSQL.

create sequence unit_seq start with 1 increment by 10;
create sequence account_seq start with 1 increment by 10;
create sequence column_seq start with 1 increment by 10;
create sequence item_seq start with 1 increment by 50;

create table unit (
    id          bigint primary key,
    version     bigint not null,
    name        varchar(60) not null,
    short_name  varchar(20) not null,
    kind        varchar(20) not null,
    key_unit    boolean not null,
    active      boolean not null,
    constraint uk_unit_name unique (name),
    constraint ck_unit_kind check (kind in ('GONGWEI', 'DEPARTMENT', 'STREET_TOWN', 'OFFICE'))
);

create table account (
    id             bigint primary key,
    version        bigint not null,
    login          varchar(32) not null,
    display_name   varchar(30) not null,
    password_hash  varchar(200) not null,
    role           varchar(20) not null,
    unit_id        bigint references unit (id),
    active         boolean not null,
    constraint uk_account_login unique (login),
    constraint ck_account_role check (role in ('OFFICER', 'EDITOR', 'LEADER', 'ADMIN')),
    constraint ck_account_officer_unit check (role <> 'OFFICER' or unit_id is not null)
);

create table briefing_column (
    id        bigint primary key,
    version   bigint not null,
    name      varchar(20) not null,
    position  integer not null,
    active    boolean not null,
    constraint uk_column_name unique (name)
);

create table item (
    id             bigint primary key,
    version        bigint not null,
    title          varchar(100) not null,
    body_html      text not null,
    body_text      text not null,
    unit_id        bigint not null references unit (id),
    author_id      bigint references account (id),
    event_date     date,
    must_report    varchar(30),
    urgent         boolean not null,
    contact        varchar(60),
    status         varchar(20) not null,
    status_reason  varchar(500),
    created_at     timestamp with time zone not null,
    submitted_at   timestamp with time zone,
    constraint ck_item_status check (status in
        ('DRAFT', 'SUBMITTED', 'WITHDRAWN', 'RETURNED', 'ACCEPTED', 'REJECTED', 'PUBLISHED'))
);
create index ix_item_unit_created on item (unit_id, created_at);
create index ix_item_status_submitted on item (status, submitted_at);

create table item_column (
    item_id    bigint not null references item (id) on delete cascade,
    column_id  bigint not null references briefing_column (id),
    primary key (item_id, column_id)
);

-- The six default columns belong to the schema: every installation starts with them.
insert into briefing_column (id, version, name, position, active) values (1, 0, '工作动态', 1, true);
insert into briefing_column (id, version, name, position, active) values (2, 0, '典型案例', 2, true);
insert into briefing_column (id, version, name, position, active) values (3, 0, '经验交流', 3, true);
insert into briefing_column (id, version, name, position, active) values (4, 0, '媒体链接', 4, true);
insert into briefing_column (id, version, name, position, active) values (5, 0, '问题与建议', 5, true);
insert into briefing_column (id, version, name, position, active) values (6, 0, '舆情反应', 6, true);
alter sequence column_seq restart with 11;
