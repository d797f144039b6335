-- multinode: scheduled jobs (status expiry, retention, housekeeping, marking sweep) run on one node at
-- a time under a lock row per job (ShedLock's JDBC provider, database time).

create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp(3) not null,
    locked_at  timestamp(3) not null,
    locked_by  varchar(255) not null
);
