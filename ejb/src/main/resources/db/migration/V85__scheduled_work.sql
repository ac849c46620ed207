-- Scheduled work once per cluster. A lease per job: the node holding an unexpired lease is the one
-- whose timer does the job; it renews the lease on every tick, and when it dies the lease runs out
-- and another node's next tick takes it over.
create table job_lease (
    job_name   varchar(60) primary key,
    holder     varchar(120) not null,
    expires_at timestamp with time zone not null
);

-- One row per job and period (e.g. monthly-report / 2026-11): the unique pair is what makes a
-- period's work run exactly once, across nodes and restarts.
create sequence job_run_seq start with 1 increment by 50;
create table job_run (
    id          bigint primary key,
    job_name    varchar(60) not null,
    period_key  varchar(40) not null,
    node        varchar(120) not null,
    started_at  timestamp with time zone not null,
    finished_at timestamp with time zone,
    outcome     varchar(20) not null,
    detail      varchar(1000),
    attempts    integer not null,
    constraint uk_job_run_period unique (job_name, period_key),
    constraint ck_job_run_outcome check (outcome in ('RUNNING', 'DONE', 'FAILED'))
);
create index ix_job_run_started on job_run (started_at);
