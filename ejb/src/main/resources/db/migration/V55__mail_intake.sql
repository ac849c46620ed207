-- How an item reached the office (报送渠道): the officer's form, a mail to the office's mailbox, or
-- a report an editor took down (phone, paper, a leader's forwarded note, a mail). Every existing
-- item came through the form.
alter table item add column channel varchar(20) default 'FORM' not null;
alter table item add constraint ck_item_channel
    check (channel in ('FORM', 'EMAIL', 'PHONE', 'PAPER', 'LEADER_NOTE'));

-- Every message taken from the office's mailbox, once: the unique key (its Message-ID, or a hash of
-- the message when it has none) is what keeps a second delivery or a poll after a crash from making
-- a second item. A message from an unknown sender keeps its raw bytes until an editor assigns it to
-- a unit or discards it.
create sequence inbound_message_seq start with 1 increment by 50;
create table inbound_message (
    id           bigint primary key,
    version      bigint not null,
    message_key  varchar(250) not null,
    sender       varchar(254) not null,
    sender_name  varchar(100),
    subject      varchar(200),
    received_at  timestamp with time zone not null,
    status       varchar(20) not null,
    reason       varchar(500),
    raw          bytea,
    item_id      bigint references item (id),
    handled_by   varchar(30),
    handled_at   timestamp with time zone,
    constraint uk_inbound_message_key unique (message_key),
    constraint ck_inbound_message_status check (status in ('TAKEN', 'QUARANTINED', 'ASSIGNED', 'DISCARDED'))
);
create index ix_inbound_message_status on inbound_message (status);
