package org.healthcode.checkin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read-only queries for officials (tracing, dashboard). Every query names a time range so
 * PostgreSQL reads only the partitions of those days; the contact query is one join over
 * the primary key {@code (venue_id, at)}, however many visits it probes.
 */
@Repository
class ContactQueryRepository {

	/** Shared with the benchmark, so it times exactly what the application runs. */
	static final String CONTACTS_SQL = """
			select p.ord - 1 as probe, o.id, o.venue_id, o.at, o.person_id, o.made_by_account, o.as_companion, o.channel, o.color, o.verdict
			from unnest(:venues::bigint[], :ats::timestamptz[], :minutes::int[]) with ordinality as p(venue_id, at, minutes, ord)
			join checkin o
			  on o.venue_id = p.venue_id
			 and o.at >= p.at - make_interval(mins => p.minutes)
			 and o.at <= p.at + make_interval(mins => p.minutes)
			where o.at >= :lo and o.at <= :hi
			  and o.person_id <> all(:excluded::bigint[])
			order by p.ord, o.at, o.id
			limit :limit
			""";

	private final JdbcClient jdbc;

	ContactQueryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CheckIn> ofPersons(Collection<Long> personIds, Instant from, Instant to, int limit) {
		return this.jdbc.sql("select " + CheckInRepository.COLUMNS + """
				 from checkin
				where person_id = any(:persons::bigint[]) and at >= :from and at < :to
				order by at, id limit :limit
				""")
			.param("persons", personIds.toArray(Long[]::new))
			.param("from", utc(from))
			.param("to", utc(to))
			.param("limit", limit)
			.query(CheckInRepository::map)
			.list();
	}

	List<Long> personsAtVenues(Collection<Long> venueIds, Instant from, Instant to, int limit) {
		return this.jdbc.sql("""
				select distinct person_id from checkin
				where venue_id = any(:venues::bigint[]) and at >= :from and at < :to
				order by person_id limit :limit
				""")
			.param("venues", venueIds.toArray(Long[]::new))
			.param("from", utc(from))
			.param("to", utc(to))
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	List<CheckIn> atVenue(long venueId, Instant from, Instant to, int limit) {
		return this.jdbc.sql("select " + CheckInRepository.COLUMNS + """
				 from checkin
				where venue_id = :venue and at >= :from and at < :to
				order by at, id limit :limit
				""")
			.param("venue", venueId)
			.param("from", utc(from))
			.param("to", utc(to))
			.param("limit", limit)
			.query(CheckInRepository::map)
			.list();
	}

	List<ContactMatch> contacts(List<ContactProbe> probes, Collection<Long> excluded, int limit) {
		int n = probes.size();
		Long[] venues = new Long[n];
		String[] ats = new String[n];
		Integer[] minutes = new Integer[n];
		Instant lo = Instant.MAX;
		Instant hi = Instant.MIN;
		for (int i = 0; i < n; i++) {
			ContactProbe probe = probes.get(i);
			venues[i] = probe.venueId();
			ats[i] = utc(probe.at()).toString();
			minutes[i] = probe.windowMinutes();
			Instant start = probe.at().minusSeconds(60L * probe.windowMinutes());
			Instant end = probe.at().plusSeconds(60L * probe.windowMinutes());
			lo = start.isBefore(lo) ? start : lo;
			hi = end.isAfter(hi) ? end : hi;
		}
		return this.jdbc.sql(CONTACTS_SQL)
			.param("venues", venues)
			.param("ats", ats)
			.param("minutes", minutes)
			.param("lo", utc(lo))
			.param("hi", utc(hi))
			.param("excluded", excluded.toArray(Long[]::new))
			.param("limit", limit)
			.query((rs, row) -> new ContactMatch(rs.getInt("probe"), CheckInRepository.map(rs, row)))
			.list();
	}

	List<CheckInCount<LocalDate>> perDay(Instant from, Instant to, ZoneId zone) {
		return this.jdbc.sql("""
				select (at at time zone :zone)::date as day, count(*) as n
				from checkin where at >= :from and at < :to
				group by 1 order by 1
				""")
			.param("zone", zone.getId())
			.param("from", utc(from))
			.param("to", utc(to))
			.query((rs, row) -> new CheckInCount<>(rs.getObject("day", LocalDate.class), rs.getLong("n")))
			.list();
	}

	List<CheckInCount<Long>> perVenue(Instant from, Instant to) {
		return this.jdbc.sql("""
				select venue_id, count(*) as n
				from checkin where at >= :from and at < :to
				group by venue_id order by n desc, venue_id
				""")
			.param("from", utc(from))
			.param("to", utc(to))
			.query((rs, row) -> new CheckInCount<>(rs.getLong("venue_id"), rs.getLong("n")))
			.list();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
