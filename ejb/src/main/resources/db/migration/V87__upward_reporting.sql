-- Upward reporting (对口上报、报送首都文明办): each send of selected items (or an issue's items) to an
-- office above or a medium, numbered per year, with the package exactly as it went out, and the
-- adoptions later recorded against it.
create sequence upward_submission_seq start with 1 increment by 50;
create table upward_submission (
    id              bigint primary key,
    addressee       varchar(100) not null,
    mail_to         varchar(254),
    channel         varchar(20) not null,
    issue_id        bigint references briefing_issue (id),
    sent_on         date not null,
    series_year     integer not null,
    series_number   integer not null,
    recorded_by_id  bigint,
    recorded_by     varchar(30) not null,
    recorded_at     timestamp with time zone not null,
    package_name    varchar(120) not null,
    package_content bytea not null,
    constraint uk_upward_submission_series unique (series_year, series_number),
    constraint ck_upward_submission_channel check (channel in ('MAIL', 'DOWNLOAD'))
);

create table upward_item (
    submission_id bigint not null references upward_submission (id),
    position      integer not null,
    item_id       bigint not null references item (id),
    primary key (submission_id, position)
);
create index ix_upward_item_item on upward_item (item_id);

create table upward_adoption (
    submission_id bigint not null references upward_submission (id),
    adoption_id   bigint not null references adoption (id),
    primary key (submission_id, adoption_id)
);
