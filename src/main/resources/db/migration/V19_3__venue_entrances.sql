-- venue module: a venue's entrances (出入口), each with its own code (the venue's token plus the
-- entrance id, signed like the venue's) and poster.
create table venue_entrance (
    id         bigint generated always as identity primary key,
    venue_id   bigint      not null references venue (id),
    name       varchar(30) not null,
    created_at timestamptz not null
);
create index venue_entrance_by_venue on venue_entrance (venue_id, id);

-- checkin module: the entrance an entry came through, null for the venue's own code. No foreign
-- key (checkin stays free of cross-table keys so it can be distributed by venue_id); adding a
-- nullable column without a default changes no partition's rows.
alter table checkin add column entrance_id bigint;
