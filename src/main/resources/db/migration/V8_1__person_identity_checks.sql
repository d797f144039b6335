-- person module: real-name checks (a name and an ID number put to the IdentityVerifier, or compared
-- with a person's registered name) that failed or are still being answered, to throttle wrong-name
-- attempts per account and per ID number. No name is kept, the ID number only as its blind index;
-- a check that succeeded leaves no row, and rows older than the throttle window are deleted.
create table identity_check (
    id              bigint generated always as identity primary key,
    -- resident and staff accounts are numbered apart: both together name the account
    account_id      bigint      not null,
    staff           boolean     not null,
    id_number_index bytea       not null,
    purpose         varchar(16) not null,
    -- null while the verifier is being asked; MISMATCH once it said the name does not belong
    outcome         varchar(16),
    at              timestamptz not null
);
create index identity_check_by_account on identity_check (account_id, staff, at);
create index identity_check_by_id_number on identity_check (id_number_index, at);
create index identity_check_by_time on identity_check (at);
