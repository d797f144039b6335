-- venue module: the guards (安保/登记员) of a venue, resident accounts its manager named by phone. A
-- guard registers visitors at that venue's gate and sees only the venues they staff.
create table venue_staff (
    venue_id   bigint      not null references venue (id),
    account_id bigint      not null,
    added_at   timestamptz not null,
    added_by   bigint      not null,
    primary key (venue_id, account_id)
);
create index venue_staff_by_account on venue_staff (account_id);
