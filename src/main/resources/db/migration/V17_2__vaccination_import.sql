-- vaccination module: CSV imports, worked in chunks by whichever node holds the job's lease (a node
-- that dies stops renewing it and another takes the job over where the last committed chunk ended).
create table vaccination_import (
    id           bigint generated always as identity primary key,
    account_id   bigint      not null,
    state        varchar(8)  not null check (state in ('RUNNING', 'DONE')),
    total        int         not null,
    processed    int         not null default 0,
    accepted     int         not null default 0,
    duplicates   int         not null default 0,
    lease_owner  varchar(120),
    lease_until  timestamptz,
    created_at   timestamptz not null,
    finished_at  timestamptz
);
create index vaccination_import_running on vaccination_import (lease_until) where state = 'RUNNING';

-- the lines still to work, encrypted (they hold names and ID numbers); deleted once worked
create table vaccination_import_line (
    import_id bigint not null references vaccination_import (id) on delete cascade,
    line      int    not null,
    cipher    bytea  not null,
    primary key (import_id, line)
);

-- lines that could not be recorded: a code only, never the line's text
create table vaccination_import_error (
    import_id bigint      not null references vaccination_import (id) on delete cascade,
    line      int         not null,
    code      varchar(40) not null,
    primary key (import_id, line)
);
