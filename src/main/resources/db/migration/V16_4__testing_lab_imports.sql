-- testing module: lab result files (CSV) imported in the background, chunk by chunk, by any node.
create table lab_import_job (
    id            uuid        primary key,
    lab_account   bigint      not null,
    state         varchar(8)  not null check (state in ('QUEUED', 'RUNNING', 'DONE')),
    total         int         not null,
    processed     int         not null default 0,
    accepted      int         not null default 0,
    duplicates    int         not null default 0,
    conflicts     int         not null default 0,
    -- tube codes no site opened and bad lines ({line, code}), the first 1000 of each
    unknown_tubes jsonb       not null default '[]',
    unknown_count int         not null default 0,
    errors        jsonb       not null default '[]',
    last_line     int         not null default 0,
    lease_owner   varchar(100),
    lease_until   timestamptz,
    created_at    timestamptz not null,
    finished_at   timestamptz
);
create index lab_import_job_open on lab_import_job (lease_until) where state <> 'DONE';

-- the good lines of a file, waiting for their chunk; deleted once processed
create table lab_import_line (
    job_id    uuid        not null references lab_import_job (id),
    line_no   int         not null,
    tube_code varchar(40) not null,
    result    varchar(8)  not null,
    tested_at timestamptz not null,
    primary key (job_id, line_no)
);
