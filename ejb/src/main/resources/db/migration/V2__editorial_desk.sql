-- The editorial desk: audit trail, revisions, attachments, combined items, duplicate links,
-- the change outbox that keeps the search index in step, solicitations and in-app notices.

alter table item add column duplicate_of_id bigint references item (id);
alter table item add column combined_into_id bigint references item (id);
alter table item add column combined boolean default false not null;
alter table item add column solicitation_id bigint;

create sequence audit_seq start with 1 increment by 50;
create table audit_event (
    id          bigint primary key,
    item_id     bigint not null references item (id) on delete cascade,
    at          timestamp with time zone not null,
    actor_id    bigint references account (id),
    actor_name  varchar(30) not null,
    action      varchar(30) not null,
    detail      varchar(1000)
);
create index ix_audit_item on audit_event (item_id, at);

create sequence revision_seq start with 1 increment by 50;
create table item_revision (
    id          bigint primary key,
    item_id     bigint not null references item (id) on delete cascade,
    number      integer not null,
    at          timestamp with time zone not null,
    actor_id    bigint references account (id),
    actor_name  varchar(30) not null,
    title       varchar(100) not null,
    body_html   text not null,
    body_text   text not null,
    constraint uk_revision unique (item_id, number)
);

create sequence attachment_seq start with 1 increment by 50;
create table attachment (
    id            bigint primary key,
    item_id       bigint not null references item (id) on delete cascade,
    file_name     varchar(200) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint not null,
    sha256        varchar(64) not null,
    data          bytea not null,
    uploaded_at   timestamp with time zone not null
);
create index ix_attachment_item on attachment (item_id);

-- A combined item (综合编辑) names every source item and its unit, so each unit is credited.
create table combined_source (
    combined_item_id  bigint not null references item (id) on delete cascade,
    source_item_id    bigint not null references item (id),
    source_unit_id    bigint not null references unit (id),
    position          integer not null,
    primary key (combined_item_id, source_item_id)
);

-- The outbox. One counter row, locked by every writing transaction, hands out gap-free sequence
-- numbers in commit order, so the index updater can trust "everything after N".
create table change_counter (
    id        integer primary key,
    last_seq  bigint not null
);
insert into change_counter (id, last_seq) values (1, 0);
create table item_change (
    seq         bigint primary key,
    item_id     bigint not null,
    kind        varchar(10) not null,
    created_at  timestamp with time zone not null,
    constraint ck_change_kind check (kind in ('UPSERT', 'DELETE'))
);

-- Stored results of duplicate detection: pages show them without recomputing.
create table similar_link (
    item_id        bigint not null references item (id) on delete cascade,
    other_item_id  bigint not null references item (id) on delete cascade,
    match_class    varchar(12) not null,
    score          double precision not null,
    evidence       varchar(500),
    computed_at    timestamp with time zone not null,
    primary key (item_id, other_item_id),
    constraint ck_similar_class check (match_class in ('DUPLICATE', 'SAME_EVENT', 'RELATED'))
);
create index ix_similar_other on similar_link (other_item_id);

create sequence solicitation_seq start with 1 increment by 10;
create table solicitation (
    id            bigint primary key,
    version       bigint not null,
    topic         varchar(100) not null,
    requirements  text not null,
    deadline      timestamp with time zone not null,
    created_by    bigint not null references account (id),
    created_at    timestamp with time zone not null,
    closed        boolean not null
);
create table solicitation_target (
    solicitation_id  bigint not null references solicitation (id) on delete cascade,
    unit_id          bigint not null references unit (id),
    reminded_at      timestamp with time zone,
    primary key (solicitation_id, unit_id)
);
alter table item add constraint fk_item_solicitation foreign key (solicitation_id) references solicitation (id);

-- In-app notices (提醒) to a unit's officers or to one account.
create sequence notice_seq start with 1 increment by 50;
create table notice (
    id          bigint primary key,
    unit_id     bigint references unit (id),
    account_id  bigint references account (id),
    text        varchar(500) not null,
    link        varchar(200),
    created_at  timestamp with time zone not null,
    read_at     timestamp with time zone
);
create index ix_notice_unit on notice (unit_id, created_at);
