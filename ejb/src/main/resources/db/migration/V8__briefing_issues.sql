-- Briefing titles, issues and entries (简报、期次、条目), distribution, read receipts and the exports
-- frozen at publication. Runs unchanged on H2 and PostgreSQL.

create sequence briefing_seq start with 1 increment by 10;

create table briefing_title (
    id                 bigint primary key,
    version            bigint not null,
    name               varchar(60) not null,
    issuing_unit       varchar(60) not null,
    report_to          varchar(200),
    send_to            varchar(200),
    distribute_to      varchar(200),
    print_count        integer not null,
    margin_top_mm      integer not null,
    margin_bottom_mm   integer not null,
    margin_left_mm     integer not null,
    margin_right_mm    integer not null,
    title_size_pt      integer not null,
    body_size_pt       integer not null,
    red_color          varchar(7) not null,
    active             boolean not null,
    constraint uk_briefing_title_name unique (name)
);

create table briefing_issue (
    id                 bigint primary key,
    version            bigint not null,
    title_id           bigint not null references briefing_title (id),
    kind               varchar(20) not null,
    issue_year         integer not null,
    number             integer not null,
    total_number       integer,
    issue_date         date not null,
    editor_note        varchar(2000),
    status             varchar(20) not null,
    report_to          varchar(200),
    send_to            varchar(200),
    distribute_to      varchar(200),
    extra_recipients   varchar(200),
    print_count        integer not null,
    mail_on_publish    boolean not null,
    created_by         varchar(30) not null,
    created_at         timestamp with time zone not null,
    published_by       varchar(30),
    published_at       timestamp with time zone,
    constraint ck_issue_kind check (kind in ('REGULAR', 'SPECIAL', 'TOPICAL', 'SUPPLEMENT')),
    constraint ck_issue_status check (status in ('DRAFT', 'IN_REVIEW', 'PUBLISHED')),
    -- The guard behind the numbering lock: a number is never given twice.
    constraint uk_issue_number unique (title_id, kind, issue_year, number),
    constraint uk_issue_total unique (title_id, kind, total_number)
);
create index ix_issue_status_date on briefing_issue (status, issue_date);

create table briefing_entry (
    id            bigint primary key,
    issue_id      bigint not null references briefing_issue (id) on delete cascade,
    item_id       bigint not null references item (id),
    column_id     bigint references briefing_column (id),
    position      integer not null,
    headline      varchar(200) not null,
    body_html     text not null,
    body_text     text not null,
    source_units  varchar(500) not null,
    constraint uk_entry_item unique (issue_id, item_id)
);
create index ix_entry_item on briefing_entry (item_id);

-- Who the issue is distributed to inside Briefdesk (leaders' portal).
create table briefing_recipient (
    issue_id    bigint not null references briefing_issue (id) on delete cascade,
    account_id  bigint not null references account (id),
    primary key (issue_id, account_id)
);

-- Read receipts (已阅): the first time each recipient opened or downloaded the published issue.
create table briefing_reading (
    issue_id       bigint not null references briefing_issue (id) on delete cascade,
    account_id     bigint not null references account (id),
    first_read_at  timestamp with time zone not null,
    primary key (issue_id, account_id)
);

-- The .docx and .pdf as published; they never change afterwards.
create table briefing_export (
    issue_id    bigint not null references briefing_issue (id) on delete cascade,
    format      varchar(10) not null,
    content     bytea not null,
    created_at  timestamp with time zone not null,
    primary key (issue_id, format),
    constraint ck_export_format check (format in ('DOCX', 'PDF'))
);
