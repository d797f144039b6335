-- vaccination module: doses given to persons, as vaccination points report them. A person
-- has at most one record per dose number (the first report wins; the same report again is a
-- duplicate), so reports are idempotent. No PII here: the person is referenced by id, the
-- product is a vaccine's name, not a person's.
create table vaccination (
    id bigint generated always as identity primary key,
    person_id bigint not null,
    dose smallint not null check (dose between 1 and 5),
    product varchar(60) not null,
    vaccinated_on date not null,
    recorded_by bigint not null,
    recorded_at timestamptz not null,
    unique (person_id, dose)
);
