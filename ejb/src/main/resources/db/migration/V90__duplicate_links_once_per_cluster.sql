-- Duplicate links are computed once per cluster. Every server tails the outbox into its own search
-- index, but only the first to reach a change stores that change's duplicate links: it takes this
-- row's lock, stores the links of the changes after linked_seq and moves linked_seq on.
-- full_pass_at: when the links of every item were last computed as a whole (the first index build
-- of a database whose items came without outbox rows, such as demo data, or an administrator's
-- rebuild); a database that already had items has had such a pass.
create table link_watermark (
    id            integer primary key,
    linked_seq    bigint not null,
    full_pass_at  timestamp with time zone,
    constraint ck_link_watermark_one check (id = 1)
);
insert into link_watermark (id, linked_seq, full_pass_at)
    select 1, last_seq, case when exists (select 1 from item) then current_timestamp else null end
    from change_counter where id = 1;

-- Which server stored the links of which changes, one row per pass: the ranges (from_seq, to_seq]
-- never overlap, which is how an operator (and bin/cluster-check) sees that no change was linked twice.
create table link_pass (
    from_seq   bigint primary key,
    to_seq     bigint not null,
    node       varchar(100) not null,
    stored_at  timestamp with time zone not null
);
