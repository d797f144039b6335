-- companion module: people without phones (elderly, children) a resident registers and brings along.
-- The companion is a person of its own (person module), found by its ID number's blind index.
create table companion (
    id            bigint generated always as identity primary key,
    owner_account bigint      not null,
    person_id     bigint      not null,
    relation      varchar(16) not null,
    with_me       boolean     not null default true,
    created_at    timestamptz not null,
    unique (owner_account, person_id)
);
create index companion_by_person on companion (person_id);
