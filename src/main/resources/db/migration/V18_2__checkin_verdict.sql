-- checkin module: the door's verdict for each entry under the entry rule that applied when it was made
-- (null for entries made before verdicts existed). Added to the partitioned parent, so every day's
-- partition, existing or future, has it.
alter table checkin add column verdict varchar(10) check (verdict in ('PASS', 'RESTRICTED', 'REFUSED'));
