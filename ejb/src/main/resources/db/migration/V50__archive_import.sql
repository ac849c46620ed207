-- Archive import (档案导入): past items come in as 已归档 (ARCHIVED), or 已刊用 when they were adopted.
alter table item drop constraint ck_item_status;
alter table item add constraint ck_item_status check (status in
    ('DRAFT', 'SUBMITTED', 'WITHDRAWN', 'RETURNED', 'ACCEPTED', 'REJECTED', 'PUBLISHED', 'ARCHIVED'));

-- One import of one source (a JSONL file, a folder or zip of documents), run by a Jakarta Batch job.
-- position is how many source records are done; it commits with each chunk, so a restart (or a new
-- execution after a crash) continues exactly there.
create sequence import_run_seq start with 1 increment by 1;
create table import_run (
    id               bigint primary key,
    source_name      varchar(200) not null,
    source_path      varchar(1000) not null,
    source_kind      varchar(10) not null,
    status           varchar(12) not null,
    execution_id     bigint,
    started_by       bigint not null references account (id),
    created_at       timestamp with time zone not null,
    position         bigint not null,
    total            bigint,
    imported         bigint not null,
    skipped          bigint not null,
    duplicates       bigint not null,
    imported_at      timestamp with time zone,
    searchable_at    timestamp with time zone,
    finished_at      timestamp with time zone,
    failure          varchar(500),
    constraint ck_import_run_kind check (source_kind in ('JSONL', 'FILES', 'ISSUES')),
    constraint ck_import_run_status check (status in
        ('STARTING', 'STARTED', 'STOPPING', 'STOPPED', 'COMPLETED', 'FAILED', 'INTERRUPTED'))
);

-- Every source record of a run and what became of it (the downloadable report).
create sequence import_record_seq start with 1 increment by 50;
create table import_record (
    id               bigint primary key,
    run_id           bigint not null references import_run (id) on delete cascade,
    position         bigint not null,
    source_ref       varchar(300) not null,
    import_key       varchar(100),
    title            varchar(100),
    outcome          varchar(10) not null,
    reason_code      varchar(20),
    reason           varchar(500),
    unit_name        varchar(60),
    item_id          bigint references item (id) on delete set null,
    duplicate_of_id  bigint references item (id) on delete set null,
    constraint uq_import_record_position unique (run_id, position),
    constraint ck_import_record_outcome check (outcome in ('IMPORTED', 'SKIPPED'))
);
create index ix_import_record_item on import_record (item_id);

-- The import key of every imported source record (given, or the SHA-256 of its content): the unique
-- key is what makes a second import of the same records, or a restarted job, import nothing twice.
create table import_key (
    import_key       varchar(100) primary key,
    item_id          bigint not null references item (id) on delete cascade,
    run_id           bigint not null references import_run (id) on delete cascade
);
