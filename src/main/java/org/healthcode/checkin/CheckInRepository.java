package org.healthcode.checkin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Entry records. Every query names a time range, so PostgreSQL reads only the days'
 * partitions it needs.
 */
@Repository
class CheckInRepository {

	/** Columns of a {@link CheckIn}, in the order {@link #map} reads them. */
	static final String COLUMNS = "id, venue_id, at, person_id, made_by_account, as_companion, channel, color, verdict";

	/** First key of the advisory locks that serialise repeat decisions ("ci"). */
	static final int VISIT_LOCK_SPACE = 0x6369;

	private final JdbcClient jdbc;

	CheckInRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts entries in one statement and returns them with their ids, in the order
	 * given. The rows of one call share a transaction: all are stored or none.
	 */
	List<CheckIn> insert(List<NewEntry> entries) {
		int n = entries.size();
		Long[] venues = new Long[n];
		String[] ats = new String[n];
		Long[] persons = new Long[n];
		Long[] makers = new Long[n];
		Boolean[] companions = new Boolean[n];
		String[] channels = new String[n];
		String[] colors = new String[n];
		String[] verdicts = new String[n];
		Long[] entrances = new Long[n];
		for (int i = 0; i < n; i++) {
			NewEntry entry = entries.get(i);
			venues[i] = entry.venueId();
			ats[i] = utc(entry.at()).toString();
			persons[i] = entry.personId();
			makers[i] = entry.madeByAccount();
			companions[i] = entry.asCompanion();
			channels[i] = entry.channel().name();
			colors[i] = entry.color();
			verdicts[i] = entry.verdict();
			entrances[i] = entry.entranceId();
		}
		List<Long> ids = this.jdbc.sql("""
				insert into checkin (id, venue_id, at, person_id, made_by_account, as_companion, channel, color,
				                     verdict, entrance_id)
				select nextval('checkin_id_seq'), v, a, p, m, c, ch, co, ve, e
				from unnest(:venues::bigint[], :ats::timestamptz[], :persons::bigint[], :makers::bigint[],
				            :companions::boolean[], :channels::varchar[], :colors::varchar[], :verdicts::varchar[],
				            :entrances::bigint[])
				     with ordinality as u(v, a, p, m, c, ch, co, ve, e, ord)
				order by ord
				returning id
				""")
			.param("venues", venues)
			.param("ats", ats)
			.param("persons", persons)
			.param("makers", makers)
			.param("companions", companions)
			.param("channels", channels)
			.param("colors", colors)
			.param("verdicts", verdicts)
			.param("entrances", entrances)
			.query(Long.class)
			.list();
		return java.util.stream.IntStream.range(0, n).mapToObj(i -> entries.get(i).withId(ids.get(i))).toList();
	}

	/**
	 * Takes the advisory locks of the given visit keys, in the order given (ascending:
	 * two groups never wait for each other in a circle), held until the transaction ends.
	 * The first key is a fixed space, so these locks never meet other advisory locks.
	 */
	void lockVisits(List<Integer> sortedKeys) {
		this.jdbc.sql("select pg_advisory_xact_lock(:space, k) from unnest(:keys::int[]) as u(k)")
			.param("space", VISIT_LOCK_SPACE)
			.param("keys", sortedKeys.toArray(Integer[]::new))
			.query((rs, row) -> row)
			.list();
	}

	/**
	 * The newest entry since a moment of each (person, venue) pair given as two parallel
	 * lists: repeat-scan detection for a group of scans in one statement. Bounded on both
	 * sides, so PostgreSQL plans and reads only the day partitions in between.
	 */
	List<CheckIn> latestOfVisits(List<Long> personIds, List<Long> venueIds, Instant since, Instant until) {
		return this.jdbc
			.sql("select distinct on (person_id, venue_id) " + COLUMNS
					+ """
							 from checkin
							where at >= :since and at <= :until
							  and (person_id, venue_id) in (select p, v from unnest(:persons::bigint[], :venues::bigint[]) as u(p, v))
							order by person_id, venue_id, at desc, id desc
							""")
			.param("persons", personIds.toArray(Long[]::new))
			.param("venues", venueIds.toArray(Long[]::new))
			.param("since", utc(since))
			.param("until", utc(until))
			.query(CheckInRepository::map)
			.list();
	}

	List<CheckIn> ofVenue(long venueId, Instant from, Instant to) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from checkin
				where venue_id = :venue and at >= :from and at < :to
				order by at desc, id desc
				""")
			.param("venue", venueId)
			.param("from", utc(from))
			.param("to", utc(to))
			.query(CheckInRepository::map)
			.list();
	}

	/**
	 * Entries of the given persons or made by the given account for the people they
	 * brought (not those a guard registered at a gate), newest first.
	 */
	List<CheckIn> ofPersonsOrMaker(Collection<Long> personIds, long makerAccount, Instant from, Instant to, int limit) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from checkin
				where (person_id = any(:persons) or (made_by_account = :maker and channel <> 'GATE'))
				  and at >= :from and at < :to
				order by at desc, id desc limit :limit
				""")
			.param("persons", personIds.toArray(Long[]::new))
			.param("maker", makerAccount)
			.param("from", utc(from))
			.param("to", utc(to))
			.param("limit", limit)
			.query(CheckInRepository::map)
			.list();
	}

	/**
	 * Entries a resident made for companions at a venue in a time range, one per
	 * companion (newest).
	 */
	List<CheckIn> companionsOf(long makerAccount, long venueId, Instant from, Instant to) {
		return this.jdbc.sql("select distinct on (person_id) " + COLUMNS + """
				 from checkin
				where venue_id = :venue and made_by_account = :maker and as_companion and at >= :from and at <= :to
				order by person_id, at desc, id desc
				""")
			.param("venue", venueId)
			.param("maker", makerAccount)
			.param("from", utc(from))
			.param("to", utc(to))
			.query(CheckInRepository::map)
			.list();
	}

	/**
	 * Entries of a venue in [from, to) counted by the entrance they came through; the
	 * venue's own code counts under a null key.
	 */
	Map<Long, Integer> countsByEntrance(long venueId, Instant from, Instant to) {
		Map<Long, Integer> counts = new LinkedHashMap<>();
		this.jdbc.sql("""
				select entrance_id, count(*) as n from checkin
				where venue_id = :venue and at >= :from and at < :to
				group by entrance_id order by entrance_id nulls first
				""")
			.param("venue", venueId)
			.param("from", utc(from))
			.param("to", utc(to))
			.query((rs, row) -> counts.put(rs.getObject("entrance_id", Long.class), rs.getInt("n")))
			.list();
		return counts;
	}

	/**
	 * The person's entry with this id: found through the person's index, as there is none
	 * on the id alone (an index the hottest insert would pay for).
	 */
	Optional<CheckIn> find(long id, long personId, Instant from, Instant to) {
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from checkin where person_id = :person and at >= :from and at < :to and id = :id")
			.param("id", id)
			.param("person", personId)
			.param("from", utc(from))
			.param("to", utc(to))
			.query(CheckInRepository::map)
			.optional();
	}

	static CheckIn map(ResultSet rs, int row) throws SQLException {
		return new CheckIn(rs.getLong("id"), rs.getLong("venue_id"),
				rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getLong("person_id"),
				rs.getLong("made_by_account"), rs.getBoolean("as_companion"), Channel.valueOf(rs.getString("channel")),
				rs.getString("color"), rs.getString("verdict"));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/**
	 * An entry to store.
	 *
	 * @param verdict the door's verdict (PASS, RESTRICTED, REFUSED)
	 * @param entranceId the entrance whose code was scanned, null for the venue's own
	 */
	record NewEntry(long venueId, Instant at, long personId, long madeByAccount, boolean asCompanion, Channel channel,
			String color, String verdict, Long entranceId) {

		CheckIn withId(long id) {
			return new CheckIn(id, this.venueId, this.at, this.personId, this.madeByAccount, this.asCompanion,
					this.channel, this.color, this.verdict);
		}

	}

}
