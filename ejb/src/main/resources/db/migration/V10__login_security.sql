-- Login security: API tokens (API令牌) that units' systems send instead of a password, failed
-- sign-ins counted per account and per client address (the database is the state every server
-- of a cluster shares), and a security log of lock-outs and token changes.

create sequence api_token_seq start with 1 increment by 10;
create sequence security_event_seq start with 1 increment by 50;

create table api_token (
    id            bigint primary key,
    account_id    bigint not null references account (id),
    name          varchar(40) not null,
    -- SHA-256 (hex) of the token: the token itself is shown once and never stored.
    token_hash    varchar(64) not null,
    -- The first characters, so a holder can tell their tokens apart.
    token_prefix  varchar(12) not null,
    created_at    timestamp with time zone not null,
    created_by    varchar(32) not null,
    last_used_at  timestamp with time zone,
    revoked_at    timestamp with time zone,
    constraint uk_api_token_hash unique (token_hash)
);
create index ix_api_token_account on api_token (account_id);

create table login_failure (
    -- 'account:<login>' or 'address:<client address>'
    subject          varchar(80) primary key,
    failures         integer not null,
    last_failure_at  timestamp with time zone not null,
    locked_until     timestamp with time zone
);

create table security_event (
    id       bigint primary key,
    at       timestamp with time zone not null,
    kind     varchar(30) not null,
    login    varchar(32),
    address  varchar(64),
    detail   varchar(300)
);
create index ix_security_event_at on security_event (at);
