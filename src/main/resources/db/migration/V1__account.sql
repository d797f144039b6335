-- account module: resident logins by phone, one-time codes, SMS outbox, staff accounts.
-- Phones are stored encrypted (AES-GCM) and found through their HMAC blind index.

create table resident_account (
    id            bigint generated always as identity primary key,
    phone_index   bytea       not null unique,
    phone_cipher  bytea       not null,
    created_at    timestamptz not null,
    last_login_at timestamptz not null
);

create table otp_challenge (
    id              bigint generated always as identity primary key,
    phone_index     bytea       not null,
    requester_index bytea       not null,
    code_hash       bytea       not null,
    created_at      timestamptz not null,
    expires_at      timestamptz not null,
    attempts        int         not null default 0,
    consumed_at     timestamptz
);
create index otp_challenge_by_phone on otp_challenge (phone_index, created_at desc);
create index otp_challenge_by_requester on otp_challenge (requester_index, created_at desc);

-- Messages wait here for the SMS gateway relay; parameters (the code) are encrypted.
create table sms_outbox (
    id                bigint generated always as identity primary key,
    phone_index       bytea       not null,
    phone_cipher      bytea       not null,
    template          varchar(40) not null,
    parameters_cipher bytea       not null,
    created_at        timestamptz not null,
    sent_at           timestamptz
);
create index sms_outbox_by_phone on sms_outbox (phone_index, created_at desc);

create table staff_account (
    id              bigint generated always as identity primary key,
    username        varchar(40)  not null unique,
    password_hash   varchar(100) not null,
    role            varchar(16)  not null check (role in ('OFFICIAL', 'ADMIN')),
    display_name    varchar(60)  not null,
    enabled         boolean      not null default true,
    failed_attempts int          not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz  not null
);
