package org.healthcode.testing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.healthcode.health.NatAge;
import org.healthcode.health.NatSource;
import org.healthcode.health.NatState;
import org.healthcode.health.NatSummary;
import org.healthcode.person.PersonId;
import org.healthcode.support.ReadsInOneTrip.Read;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What a person's tests say: the latest one for the health code (a tube reported INVALID
 * does not count: the person has to be tested again) and the record of the last 30 days.
 */
@Service
class NatRecords implements NatSource {

	static final Duration RECORD_SPAN = Duration.ofDays(30);

	private static final String COLUMNS = "s.sampled_at, t.pool_size, t.state, t.result, t.tested_at, t.reported_at";

	private static final String LATEST = "select " + COLUMNS + """
			 from nat_sample s join nat_tube t on t.id = s.tube_id
			where s.person_id = :person and (t.result is null or t.result <> 'INVALID')
			order by s.sampled_at desc limit 1
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	NatRecords(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public NatSummary natOf(PersonId personId) {
		return this.jdbc.sql(LATEST)
			.param("person", personId.value())
			.query(NatRecords::map)
			.optional()
			.map(test -> summaryOf(test, this.clock.instant()))
			.orElse(NatSummary.NONE);
	}

	@Override
	public Read<NatSummary> natRead(PersonId personId) {
		return Read.optional(LATEST, Map.of("person", personId.value()), NatRecords::map)
			.map(test -> summaryOf(test.orElse(null), this.clock.instant()));
	}

	/**
	 * The latest test of each person in one query (the same rule as for one), NONE for
	 * those without.
	 */
	@Override
	public Map<PersonId, NatSummary> natOf(Collection<PersonId> personIds) {
		Map<Long, TestRecord> latest = new HashMap<>();
		if (!personIds.isEmpty()) {
			this.jdbc.sql("select distinct on (s.person_id) s.person_id, " + COLUMNS + """
					 from nat_sample s join nat_tube t on t.id = s.tube_id
					where s.person_id = any(:persons) and (t.result is null or t.result <> 'INVALID')
					order by s.person_id, s.sampled_at desc
					""")
				.param("persons", personIds.stream().map(PersonId::value).distinct().toArray(Long[]::new))
				.query((RowCallbackHandler) rs -> latest.put(rs.getLong("person_id"), map(rs, 0)));
		}
		Instant now = this.clock.instant();
		Map<PersonId, NatSummary> summaries = new LinkedHashMap<>();
		personIds.forEach(id -> summaries.put(id, summaryOf(latest.get(id.value()), now)));
		return summaries;
	}

	private static NatSummary summaryOf(TestRecord test, Instant now) {
		return test == null ? NatSummary.NONE
				: new NatSummary(test.state(), test.sampledAt(), test.reportedAt(), NatAge.of(test.sampledAt(), now));
	}

	/** The person's tests sampled in the last 30 days, newest first. */
	List<TestRecord> recent(PersonId personId) {
		Instant since = this.clock.instant().minus(RECORD_SPAN);
		return this.jdbc.sql("select " + COLUMNS + """
				 from nat_sample s join nat_tube t on t.id = s.tube_id
				where s.person_id = :person and s.sampled_at >= :since
				order by s.sampled_at desc
				""")
			.param("person", personId.value())
			.param("since", since.atOffset(ZoneOffset.UTC))
			.query(NatRecords::map)
			.list();
	}

	private static TestRecord map(ResultSet rs, int row) throws SQLException {
		NatResult result = rs.getString("result") == null ? null : NatResult.valueOf(rs.getString("result"));
		NatState state = (result == NatResult.NEGATIVE) ? NatState.NEGATIVE
				: (result == NatResult.POSITIVE) ? NatState.POSITIVE : NatState.PENDING;
		return new TestRecord(rs.getTimestamp("sampled_at").toInstant(), state, result, instant(rs, "tested_at"),
				instant(rs, "reported_at"), rs.getInt("pool_size") > 1);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
