-- The notification centre: a kind per notice, read marks per account (a unit's notice used to be read
-- for all its officers once one of them read it) and each person's mail preferences.
-- Runs unchanged on H2 and PostgreSQL.

alter table notice add column kind varchar(30) default 'OTHER' not null;
update notice set kind = 'SOLICITATION_RECEIVED' where text like '新约稿%';
update notice set kind = 'SOLICITATION_DUE' where text like '约稿《%》将于%截止%';
update notice set kind = 'QUOTA_REMINDER' where text like '本周（%）贵单位已报送%';

create table notice_reading (
    notice_id   bigint not null references notice (id) on delete cascade,
    account_id  bigint not null references account (id) on delete cascade,
    read_at     timestamp with time zone not null,
    primary key (notice_id, account_id)
);
create index ix_notice_reading_account on notice_reading (account_id);
create index ix_notice_account on notice (account_id, created_at);

-- What was read stays read for everyone it was read for: the addressed account, or every officer of
-- the addressed unit (as the old shared mark meant).
insert into notice_reading (notice_id, account_id, read_at)
    select n.id, n.account_id, n.read_at from notice n where n.read_at is not null and n.account_id is not null;
insert into notice_reading (notice_id, account_id, read_at)
    select n.id, a.id, n.read_at from notice n join account a on a.unit_id = n.unit_id
    where n.read_at is not null and n.account_id is null and a.role = 'OFFICER';
alter table notice drop column read_at;

create table notice_preference (
    account_id     bigint primary key references account (id) on delete cascade,
    daily_digest   boolean not null,
    digest_sent_at timestamp with time zone
);
create table notice_mail_kind (
    account_id  bigint not null references notice_preference (account_id) on delete cascade,
    kind        varchar(30) not null,
    primary key (account_id, kind)
);

-- 约稿已逾期: each unit that missed a deadline is told once.
alter table solicitation_target add column overdue_noticed_at timestamp with time zone;
