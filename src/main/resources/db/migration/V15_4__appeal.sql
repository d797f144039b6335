-- appeal module: residents appeal their own or a companion's colour (红码/黄码申诉); officials decide.
-- Free text and attachments are personal data: stored encrypted (PiiCipher), attachments served only to officials.
create table appeal (
    id                   bigint generated always as identity primary key,
    person_id            bigint      not null,
    account_id           bigint      not null,
    -- the companion entry the appeal is about, null when the resident appeals their own colour
    companion_id         bigint,
    reason               varchar(24) not null
        check (reason in ('WRONG_PERSON', 'NOT_THERE', 'ALREADY_TESTED', 'IDENTITY_CORRECTION', 'OTHER')),
    details_cipher       bytea       not null,
    corrected_name_cipher bytea,
    color_at_filing      varchar(6)  not null,
    state                varchar(8)  not null check (state in ('OPEN', 'APPROVED', 'REJECTED')),
    created_at           timestamptz not null,
    decided_at           timestamptz,
    decided_by           bigint,
    decided_color        varchar(6),
    decision_note_cipher bytea
);
-- one open appeal per person at a time
create unique index appeal_open_person on appeal (person_id) where state = 'OPEN';
create index appeal_account on appeal (account_id, id desc);
create index appeal_queue on appeal (created_at, id) where state = 'OPEN';

create table appeal_attachment (
    id             bigint generated always as identity primary key,
    appeal_id      bigint      not null references appeal (id),
    content_type   varchar(32) not null check (content_type in ('image/jpeg', 'image/png', 'application/pdf')),
    size_bytes     integer     not null,
    content_cipher bytea       not null,
    created_at     timestamptz not null
);
create index appeal_attachment_appeal on appeal_attachment (appeal_id, id);
