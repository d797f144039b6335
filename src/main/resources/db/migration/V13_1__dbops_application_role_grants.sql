-- dbops (issue 12, item 6): the application connects as a role of its own that may read and write
-- rows and nothing more. Migrations run as the owner role (owner of every table, function and the
-- partitions its security-definer functions make, see V10_5); the application role gets no DDL, no
-- trigger changes, no TRUNCATE, and on the audit trail only SELECT and INSERT. Default privileges give
-- it the same rights on tables later migrations (run as the owner) create. The application role is the
-- placeholder app_role (spring.flyway.placeholders.app_role, by default spring.datasource.username);
-- when migrations and application share one role (an installation that has not split them yet) there is
-- nothing to grant.
do $$
declare
    app text := '${app_role}';
begin
    if app = current_user then
        raise notice 'migrations and the application share the role %: no grants made', app;
        return;
    end if;
    if not exists (select from pg_roles where rolname = app) then
        raise exception 'the application role % does not exist: create it (docs/security.md, database roles)', app;
    end if;
    execute format('grant usage on schema public to %I', app);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', app);
    execute format('grant usage, select on all sequences in schema public to %I', app);
    execute format('alter default privileges in schema public grant select, insert, update, delete on tables to %I', app);
    execute format('alter default privileges in schema public grant usage, select on sequences to %I', app);
    -- the audit trail is append-only for the application (the trigger of V2_2 refuses it to everyone)
    execute format('revoke update, delete, truncate on audit_event from %I', app);
    -- migration history is the owner's alone
    execute format('revoke all on %I from %I', '${flyway:table}', app);
end
$$;
