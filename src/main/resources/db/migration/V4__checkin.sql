-- checkin module: one row per person per venue entry. Range-partitioned by day (UTC) on "at" so
-- retention drops whole partitions; partitions are created ahead by the retention job (and on demand).
-- No foreign keys from here and venue_id leads the primary key, so the table can later be
-- distributed by venue_id (Citus) without a schema change.

create sequence checkin_id_seq as bigint;

create table checkin (
    id              bigint      not null default nextval('checkin_id_seq'),
    venue_id        bigint      not null,
    at              timestamptz not null,
    person_id       bigint      not null,
    made_by_account bigint      not null,
    as_companion    boolean     not null,
    channel         varchar(24) not null,
    color           varchar(6)  not null,
    primary key (venue_id, at, id)
) partition by range (at);

-- the primary key serves (venue_id, at) look-ups: a venue's entries in a period
create index checkin_by_person on checkin (person_id, at);
