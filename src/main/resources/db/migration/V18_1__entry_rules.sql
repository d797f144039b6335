-- entry module: what a venue (scope V:<venue id>) or a division (scope D:<GB/T 2260 code>) asks of
-- visitors at the door. A null field asks nothing; the strictest of venue, district, city and
-- province applies.
create table entry_rule (
    scope            varchar(24) primary key,
    min_color        varchar(6) check (min_color in ('GREEN', 'YELLOW')),
    nat_within_hours smallint check (nat_within_hours in (24, 48, 72)),
    vaccination      varchar(8) check (vaccination in ('COMPLETE', 'BOOSTER')),
    updated_at       timestamptz not null,
    updated_by       bigint      not null
);
