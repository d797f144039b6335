-- multinode (checkin): the one place where check-in partitions are created and dropped. Several nodes
-- run this at once (start-up, the retention job, a day without partition), so both functions take
-- the same transaction-level advisory lock, look before they act and accept what another node did
-- meanwhile. They run with their owner's rights (security definer): the application's own database
-- role needs no DDL rights. Names come only from dates, never from input.

create function checkin_ensure_partition(day date) returns boolean
language plpgsql security definer set search_path = public, pg_temp as $$
declare
    partition_name text := 'checkin_p' || to_char(day, 'YYYYMMDD');
begin
    perform pg_advisory_xact_lock(hashtextextended('checkin partitions', 0));
    if to_regclass(partition_name) is not null then
        return false;
    end if;
    execute format('create table %I partition of checkin for values from (%L) to (%L)', partition_name,
                   (day::timestamp at time zone 'UTC'), ((day + 1)::timestamp at time zone 'UTC'));
    return true;
exception
    when duplicate_table then
        return false;
end;
$$;

create function checkin_drop_partitions_before(first_kept date) returns setof date
language plpgsql security definer set search_path = public, pg_temp as $$
declare
    partition_name text;
    partition_day  date;
begin
    perform pg_advisory_xact_lock(hashtextextended('checkin partitions', 0));
    for partition_name in
        select c.relname from pg_inherits i
        join pg_class c on c.oid = i.inhrelid
        join pg_class p on p.oid = i.inhparent
        where p.relname = 'checkin' and c.relname ~ '^checkin_p[0-9]{8}$'
        order by c.relname
    loop
        partition_day := to_date(substr(partition_name, 10), 'YYYYMMDD');
        if partition_day < first_kept then
            execute format('drop table if exists %I', partition_name);
            return next partition_day;
        end if;
    end loop;
end;
$$;
