-- audit module: who read or changed whose data. Append-only: a trigger refuses UPDATE, DELETE and
-- TRUNCATE, so not even the application can rewrite what happened.

create table audit_event (
    id               bigint generated always as identity primary key,
    occurred_at      timestamptz not null,
    actor_role       varchar(16) not null,
    actor_account_id bigint,
    action           varchar(40) not null,
    person_id        bigint,
    subject_index    bytea,
    reason           varchar(40),
    detail           varchar(200)
);
create index audit_event_by_person on audit_event (person_id, occurred_at desc);
create index audit_event_by_time on audit_event (occurred_at desc);

create function audit_event_refuse_change() returns trigger
language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end
$$;

create trigger audit_event_append_only
    before update or delete on audit_event
    for each row execute function audit_event_refuse_change();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_refuse_change();
