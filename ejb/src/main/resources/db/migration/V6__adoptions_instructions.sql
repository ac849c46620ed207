-- Adoptions (采用) of items by publications and media, and leaders' instructions (批示) on items.
-- Both are facts that scores are computed from; they are never updated once written.

create sequence outlet_seq start with 1 increment by 10;
create table outlet (
    id       bigint primary key,
    version  bigint not null,
    name     varchar(60) not null,
    level    varchar(20) not null,
    medium   varchar(20) not null,
    active   boolean not null,
    constraint uk_outlet_name unique (name),
    constraint ck_outlet_level check (level in ('DISTRICT', 'CITY', 'NATIONAL'))
);

create sequence adoption_seq start with 1 increment by 50;
create table adoption (
    id                 bigint primary key,
    item_id            bigint not null references item (id),
    outlet_id          bigint not null references outlet (id),
    mode               varchar(10) not null,
    adopted_on         date not null,
    briefing_issue_id  bigint,
    recorded_by_id     bigint references account (id),
    recorded_by        varchar(30) not null,
    recorded_at        timestamp with time zone not null,
    constraint ck_adoption_mode check (mode in ('FULL', 'COMBINED')),
    -- publishing an issue twice must not adopt its items twice (several nulls are allowed)
    constraint uk_adoption_briefing unique (briefing_issue_id, item_id)
);
create index ix_adoption_item on adoption (item_id);
create index ix_adoption_date on adoption (adopted_on);

create sequence instruction_seq start with 1 increment by 50;
create table instruction (
    id                 bigint primary key,
    item_id            bigint not null references item (id),
    level              varchar(10) not null,
    leader_name        varchar(30) not null,
    instructed_on      date not null,
    text               varchar(2000) not null,
    briefing_entry_id  bigint,
    source             varchar(10) not null,
    recorded_by_id     bigint references account (id),
    recorded_by        varchar(30) not null,
    recorded_at        timestamp with time zone not null,
    constraint ck_instruction_level check (level in ('CAPITAL', 'CITY', 'DISTRICT')),
    constraint ck_instruction_source check (source in ('PORTAL', 'PAPER'))
);
create index ix_instruction_item on instruction (item_id);
create index ix_instruction_entry on instruction (briefing_entry_id);
create index ix_instruction_date on instruction (instructed_on);
