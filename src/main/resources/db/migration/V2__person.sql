-- person module: real people, with or without a resident account (companions, people an official
-- gave a status). Name and ID number are stored encrypted; the ID number is found through its
-- HMAC blind index. public_ref is a random reference for signed tokens, never derived from PII.

create table person (
    id               bigint generated always as identity primary key,
    id_number_index  bytea       not null unique,
    id_number_cipher bytea       not null,
    -- null while nobody told us the name (an official may set a status by ID number alone)
    name_cipher      bytea,
    -- the resident account whose real identity this is; at most one person per account
    account_id       bigint unique,
    public_ref       varchar(32) not null unique,
    created_at       timestamptz not null,
    claimed_at       timestamptz
);
