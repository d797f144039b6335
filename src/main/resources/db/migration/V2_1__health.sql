-- health module: the full history of each person's status. The current status of a person is
-- the one row with superseded_at null; on read it is carried forward along the configured rules
-- if it has expired, and a scheduled job writes those follow-up rows into the history.

create table health_status (
    id             bigint generated always as identity primary key,
    person_id      bigint       not null,
    color          varchar(6)   not null check (color in ('GREEN', 'YELLOW', 'RED')),
    reason         varchar(32)  not null check (reason in ('CONFIRMED', 'CLOSE_CONTACT', 'SECONDARY_CONTACT',
                                                          'SPATIOTEMPORAL_COMPANION', 'RISK_AREA_VISIT', 'MANUAL')),
    set_at         timestamptz  not null,
    expires_at     timestamptz,
    next_color     varchar(6)   check (next_color in ('GREEN', 'YELLOW', 'RED')),
    set_by_role    varchar(16)  not null,
    set_by_account bigint,
    -- free text from an official may name people: encrypted like all personal data
    note_cipher    bytea,
    superseded_at  timestamptz,
    check ((expires_at is null) = (next_color is null))
);
create unique index health_status_current on health_status (person_id) where superseded_at is null;
create index health_status_history on health_status (person_id, set_at desc, id desc);
create index health_status_expiring on health_status (expires_at) where superseded_at is null and expires_at is not null;
