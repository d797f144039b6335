-- card module: printed resident cards (居民码卡). One row per card printed; the serial is in the
-- signed card token. Printing a new card for a person revokes the one before (revoked_at), so
-- at most one card per person is valid. person_id refers to person of the person module and
-- issued_by_account to resident_account, deliberately without foreign keys (modules do not
-- couple through each other's tables).
create table resident_card (
    serial            bigint generated always as identity primary key,
    person_id         bigint      not null,
    issued_by_account bigint      not null,
    issued_at         timestamptz not null,
    revoked_at        timestamptz
);
create unique index resident_card_one_valid_per_person on resident_card (person_id) where revoked_at is null;
