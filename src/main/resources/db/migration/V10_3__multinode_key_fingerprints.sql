-- multinode (support): a fingerprint of each key the data depends on, recorded at the first start.
-- A node whose keys differ (a lost demo key file, a mistyped variable) refuses to start instead of
-- silently writing data nobody can read back. A fingerprint is an HMAC of a fixed text under the
-- key (for signing keys: a hash of the public key), so it reveals nothing about the key.

create table key_fingerprint (
    purpose     varchar(80) not null primary key,
    fingerprint varchar(64) not null,
    recorded_at timestamptz not null
);
