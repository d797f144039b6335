-- tracing module: bulk markings of contacts. A marking is processed in chunks by the server; each
-- selected person has a row whose outcome is set once their chunk commits, so progress survives a
-- restart and two nodes never mark the same person twice (rows are claimed with skip locked).

create table tracing_job (
    id               bigint generated always as identity primary key,
    created_by_role  varchar(16) not null,
    created_by       bigint      not null,
    created_at       timestamptz not null,
    color            varchar(6)  not null check (color in ('YELLOW', 'RED')),
    reason           varchar(32) not null,
    status           varchar(8)  not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    total            integer     not null,
    changed          integer     not null default 0,
    unchanged        integer     not null default 0,
    finished_at      timestamptz
);
create index tracing_job_running on tracing_job (id) where status = 'RUNNING';

create table tracing_job_person (
    job_id    bigint      not null references tracing_job (id),
    person_id bigint      not null,
    -- null while pending, then CHANGED or UNCHANGED (already that colour for that reason, or a more severe one)
    outcome   varchar(9)  check (outcome in ('CHANGED', 'UNCHANGED')),
    primary key (job_id, person_id)
);
create index tracing_job_person_pending on tracing_job_person (job_id) where outcome is null;
