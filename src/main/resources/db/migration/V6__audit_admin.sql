-- audit module: indexes for the administrators' audit search (issue 6). Filters by subject (blind
-- index of an ID number), action and actor each find their rows without scanning the whole log;
-- the action index also lists the distinct actions cheaply (loose index scan).

create index audit_event_by_subject on audit_event (subject_index, occurred_at desc) where subject_index is not null;
create index audit_event_by_action on audit_event (action, occurred_at desc);
create index audit_event_by_actor on audit_event (actor_account_id, occurred_at desc) where actor_account_id is not null;
