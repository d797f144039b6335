-- notice module: what residents are told about their own or their companions' codes. A notice keeps
-- codes only (kind, colour, reason, until when); its words (advice) are rendered in the reader's language
-- when it is read, so changing the configured advice changes what unread notices say.
create table notice (
    id              bigint generated always as identity primary key,
    account_id      bigint      not null,
    person_id       bigint      not null,
    -- true when the notice is about a companion the account registered, not about the account's own person
    about_companion boolean     not null,
    kind            varchar(16) not null
        check (kind in ('STATUS_CHANGED', 'TEST_RESULT', 'EXPOSURE_ALERT', 'APPEAL_DECIDED')),
    color           varchar(6)  not null check (color in ('GREEN', 'YELLOW', 'RED')),
    reason          varchar(32),
    until_at        timestamptz,
    at              timestamptz not null,
    read_at         timestamptz
);
create index notice_account on notice (account_id, at desc, id desc);
create index notice_unread on notice (account_id) where read_at is null;
