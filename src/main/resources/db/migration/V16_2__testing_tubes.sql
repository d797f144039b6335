-- testing module: nucleic-acid sampling (pooled tubes, 混采) and the labs' results.
-- A tube belongs to the site of the sampler who opened it; samples name persons by id only.
create table nat_tube (
    id          bigint generated always as identity primary key,
    tube_code   varchar(40) not null unique,
    pool_size   smallint    not null check (pool_size in (1, 5, 10, 20)),
    site_id     bigint      not null,
    state       varchar(8)  not null check (state in ('OPEN', 'SAMPLED', 'REPORTED')),
    samples     smallint    not null default 0 check (samples between 0 and pool_size),
    opened_by   bigint      not null,
    opened_at   timestamptz not null,
    closed_at   timestamptz,
    result      varchar(8)  check (result in ('NEGATIVE', 'POSITIVE', 'INVALID')),
    tested_at   timestamptz,
    reported_at timestamptz,
    reported_by bigint,
    check ((state = 'REPORTED') = (result is not null))
);
create index nat_tube_by_site on nat_tube (site_id, opened_at desc);

create table nat_sample (
    tube_id    bigint      not null references nat_tube (id),
    person_id  bigint      not null,
    position   smallint    not null,
    sampled_at timestamptz not null,
    taken_by   bigint      not null,
    primary key (tube_id, person_id),
    unique (tube_id, position)
);
create index nat_sample_by_person on nat_sample (person_id, sampled_at desc);
