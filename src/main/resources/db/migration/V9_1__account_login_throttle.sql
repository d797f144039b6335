-- account module: staff login throttling (issue 12, item 7). Failed staff logins are counted per
-- typed username (whether or not such an account exists, so a pause reveals nothing) and per
-- client address; after a number of failures the key pauses, each pause in a row twice as long as
-- the one before, up to a longest pause. Keys are HMACs (blind index), never the typed text or the
-- address itself. Replaces the account's own failure counter and hard lock.

create table staff_login_throttle (
    key_hash        bytea       primary key,
    failures        int         not null,
    pauses          int         not null,
    paused_until    timestamptz,
    last_failure_at timestamptz not null
);
create index staff_login_throttle_by_last_failure on staff_login_throttle (last_failure_at);

alter table staff_account drop column failed_attempts, drop column locked_until;
