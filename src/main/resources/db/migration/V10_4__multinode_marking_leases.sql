-- multinode (tracing): a bulk marking is worked by one node at a time under a lease that each chunk
-- renews. A node that dies mid-job stops renewing; once the lease has run out another node takes the
-- job over where it stopped (chunks commit one by one). A failure (the database went away) releases the
-- lease instead of failing the job; only repeated failures end it as FAILED.

alter table tracing_job add column lease_owner varchar(80);
alter table tracing_job add column lease_until timestamptz;
alter table tracing_job add column failures    integer not null default 0;
