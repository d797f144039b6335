-- tracing module: risk areas (中高风险地区). An official designates a division or a list of venues
-- HIGH or MEDIUM for a period; a bulk marking (tracing_job) gives everyone who checked in there the
-- level's status, and check-ins made there while the period runs are marked as they come. Withdrawing
-- reverts what the designation set, for persons whose status nobody changed since.
create table risk_area (
    id               bigint generated always as identity primary key,
    level            varchar(6)  not null check (level in ('HIGH', 'MEDIUM')),
    division_code    char(6),
    from_at          timestamptz not null,
    to_at            timestamptz not null,
    reason           varchar(200) not null,
    created_by_role  varchar(16) not null,
    created_by       bigint      not null,
    created_at       timestamptz not null,
    job_id           bigint      not null references tracing_job (id),
    state            varchar(9)  not null check (state in ('ACTIVE', 'WITHDRAWN')),
    withdrawn_at     timestamptz,
    withdrawn_by     bigint,
    withdraw_note    varchar(200),
    reverted         integer     not null default 0,
    check (to_at > from_at)
);
create index risk_area_active on risk_area (to_at) where state = 'ACTIVE';

create table risk_area_venue (
    risk_area_id bigint not null references risk_area (id),
    venue_id     bigint not null,
    primary key (risk_area_id, venue_id)
);
create index risk_area_venue_venue on risk_area_venue (venue_id);

-- the time of the status a marking set, so a withdrawal can tell whether anyone changed it since
alter table tracing_job_person add column status_set_at timestamptz;

-- persons a designation marked as they checked in while it ran (the marking job holds the others)
create table risk_area_person (
    risk_area_id  bigint      not null references risk_area (id),
    person_id     bigint      not null,
    status_set_at timestamptz not null,
    -- null until withdrawn, then REVERTED or KEPT (someone changed the status since)
    outcome       varchar(8)  check (outcome in ('REVERTED', 'KEPT')),
    primary key (risk_area_id, person_id)
);
