package org.healthcode.tracing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.healthcode.checkin.CheckIn;
import org.healthcode.checkin.CheckInQueries;
import org.healthcode.checkin.CheckInService;
import org.healthcode.checkin.ContactMatch;
import org.healthcode.checkin.ContactProbe;
import org.healthcode.support.HealthCodeException;
import org.healthcode.support.IntegrationTest;
import org.healthcode.tracing.ContactFinder.Found;
import org.healthcode.tracing.ContactFinder.RawEncounter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contact query against a brute-force computation in Java, on random check-ins
 * written into the real partitioned table: persons, venues and visits of one seed use ids
 * no other test uses, so the database answers about exactly that data. Times are whole
 * minutes, so visits exactly at the edge of a window (included) occur often.
 */
@IntegrationTest
class ContactQueryPropertyIntegrationTests {

	private static final AtomicLong NEXT_BASE = new AtomicLong(5_000_000_000_000L);

	@Autowired
	CheckInQueries queries;

	@Autowired
	ContactFinder finder;

	@Autowired
	CheckInService checkIns;

	@Autowired
	TracingProperties properties;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6 })
	void contactsAroundProbesWithPerVenueWindowsEqualBruteForce(long seed) {
		World world = world(seed);
		Random random = new Random(seed * 31);
		Set<Long> cases = world.randomPersons(random, 1 + random.nextInt(3));
		Map<Long, Integer> windows = new HashMap<>();
		world.venues.forEach(venue -> windows.put(venue, 1 + random.nextInt(180)));

		List<CheckIn> probed = this.queries.ofPersons(cases, world.from, world.to, 100_000);
		List<CheckIn> expectedProbed = world.visits.stream()
			.filter(visit -> cases.contains(visit.personId()) && !visit.at().isBefore(world.from)
					&& visit.at().isBefore(world.to))
			.sorted(Comparator.comparing(CheckIn::at).thenComparingLong(CheckIn::id))
			.toList();
		assertThat(probed).isEqualTo(expectedProbed);

		List<ContactProbe> probes = probed.stream()
			.map(visit -> new ContactProbe(visit.venueId(), visit.at(), windows.get(visit.venueId())))
			.toList();
		List<String> actual = this.queries.contacts(probes, cases, 1_000_000)
			.stream()
			.map(ContactQueryPropertyIntegrationTests::key)
			.sorted()
			.toList();
		List<String> expected = new ArrayList<>();
		for (int i = 0; i < probes.size(); i++) {
			ContactProbe probe = probes.get(i);
			for (CheckIn other : world.visits) {
				if (other.venueId() == probe.venueId() && !cases.contains(other.personId())
						&& Math.abs(Duration.between(probe.at(), other.at()).toMinutes()) <= probe.windowMinutes()) {
					expected.add(key(new ContactMatch(i, other)));
				}
			}
		}
		expected.sort(null);

		assertThat(probes).isNotEmpty();
		assertThat(expected).isNotEmpty();
		assertThat(actual).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "11, 15, false", "12, 60, true", "13, 1, true", "14, 120, false", "15, 30, true", "16, , true",
			"17, 600, true" })
	void firstAndSecondDegreeContactsEqualBruteForce(long seed, Integer window, boolean secondDegree) {
		World world = world(seed);
		Random random = new Random(seed * 17);
		Set<Long> cases = world.randomPersons(random, 1 + random.nextInt(2));
		// venues of this world are unknown to the venue module: without an override the
		// default applies
		int w = window != null ? window : this.properties.defaultWindowMinutes();

		List<RawEncounter> first = around(world, visitsOf(world, cases), cases, 1, w);
		Set<Long> firstPersons = new LinkedHashSet<>();
		first.forEach(encounter -> firstPersons.add(encounter.personId()));
		List<RawEncounter> expected = new ArrayList<>(first);
		if (secondDegree) {
			Set<Long> excluded = new HashSet<>(cases);
			excluded.addAll(firstPersons);
			expected.addAll(around(world, visitsOf(world, firstPersons), excluded, 2, w));
		}

		if (expected.size() > this.properties.maxResultRows()) {
			assertThatThrownBy(() -> this.finder.find(cases, world.from, world.to, window, secondDegree))
				.isInstanceOfSatisfying(HealthCodeException.class,
						ex -> assertThat(ex.code()).isEqualTo("TRACING_RESULT_TOO_LARGE"));
			return;
		}
		Found found = this.finder.find(cases, world.from, world.to, window, secondDegree);

		assertThat(found.caseCheckIns()).isEqualTo(visitsOf(world, cases).size());
		assertThat(found.encounters()).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(found.encounters()).extracting(RawEncounter::personId).doesNotContainAnyElementsOf(cases);
		if (secondDegree) {
			assertThat(found.encounters()).filteredOn(encounter -> encounter.degree() == 2)
				.extracting(RawEncounter::personId)
				.doesNotContainAnyElementsOf(firstPersons);
		}
	}

	private static List<RawEncounter> around(World world, List<CheckIn> probes, Set<Long> excluded, int degree,
			int window) {
		List<RawEncounter> found = new ArrayList<>();
		for (CheckIn probe : probes) {
			for (CheckIn other : world.visits) {
				if (other.venueId() == probe.venueId() && !excluded.contains(other.personId())
						&& Math.abs(Duration.between(probe.at(), other.at()).toMinutes()) <= window) {
					found.add(new RawEncounter(degree, other.personId(), probe.personId(), probe.venueId(), probe.at(),
							other.at(), window));
				}
			}
		}
		return found;
	}

	private static List<CheckIn> visitsOf(World world, Set<Long> persons) {
		return world.visits.stream()
			.filter(visit -> persons.contains(visit.personId()) && !visit.at().isBefore(world.from)
					&& visit.at().isBefore(world.to))
			.toList();
	}

	private static String key(ContactMatch match) {
		return match.probe() + ":" + match.entry().id();
	}

	/**
	 * 30 persons, 5 venues, 400 visits at whole minutes over two days, three days ago.
	 */
	private World world(long seed) {
		Random random = new Random(seed);
		long base = NEXT_BASE.getAndAdd(1_000_000);
		Instant start = this.clock.instant().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
		this.checkIns.preparePartitions(LocalDate.ofInstant(start, ZoneOffset.UTC).minusDays(1),
				LocalDate.ofInstant(start, ZoneOffset.UTC).plusDays(3));
		List<Long> persons = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			persons.add(base + i);
		}
		List<Long> venues = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			venues.add(base + 500_000 + i);
		}
		List<CheckIn> visits = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			long venue = venues.get(random.nextInt(venues.size()));
			long person = persons.get(random.nextInt(persons.size()));
			Instant at = start.plus(Duration.ofMinutes(random.nextInt(48 * 60)));
			long id = this.jdbc.sql("""
					insert into checkin (venue_id, at, person_id, made_by_account, as_companion, channel, color)
					values (:venue, :at, :person, 0, false, 'APP', 'GREEN') returning id
					""")
				.param("venue", venue)
				.param("at", at.atOffset(ZoneOffset.UTC))
				.param("person", person)
				.query(Long.class)
				.single();
			visits.add(new CheckIn(id, venue, at, person, 0, false, org.healthcode.checkin.Channel.APP, "GREEN", null));
		}
		// probes only in the middle of the data: visits before and after it still count
		// as contacts
		return new World(persons, venues, visits, start.plus(Duration.ofHours(6)), start.plus(Duration.ofHours(40)));
	}

	private record World(List<Long> persons, List<Long> venues, List<CheckIn> visits, Instant from, Instant to) {

		Set<Long> randomPersons(Random random, int count) {
			Set<Long> chosen = new LinkedHashSet<>();
			while (chosen.size() < count) {
				chosen.add(this.persons.get(random.nextInt(this.persons.size())));
			}
			return chosen;
		}

	}

}
