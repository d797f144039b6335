-- venue module: when the venue's current code was generated, printed on its posters so a
-- guard can tell an old poster from a fresh one. Codes generated before this column existed
-- date from their last change (created or regenerated; a status change also moved updated_at,
-- so that is the closest the old rows know).
alter table venue add column token_issued_at timestamptz;
update venue set token_issued_at = updated_at;
alter table venue alter column token_issued_at set not null;
