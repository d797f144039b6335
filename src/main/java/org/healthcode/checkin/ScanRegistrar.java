package org.healthcode.checkin;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.sql.DataSource;

import org.healthcode.checkin.CheckInRepository.NewEntry;
import org.healthcode.checkin.HealthRecords.Shown;
import org.healthcode.companion.CompanionService;
import org.healthcode.companion.ResidentCompanions;
import org.healthcode.entry.EntryFacts;
import org.healthcode.entry.EntryRule;
import org.healthcode.entry.EntryService;
import org.healthcode.health.HealthService;
import org.healthcode.health.HealthStatus;
import org.healthcode.person.PersonId;
import org.healthcode.person.PersonProfile;
import org.healthcode.person.PersonService;
import org.healthcode.support.HealthCodeException;
import org.healthcode.venue.PublicVenue;
import org.healthcode.venue.VenueCheck;
import org.healthcode.venue.VenueCode;
import org.healthcode.venue.VenueService;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers a group of scans in one transaction with one statement per step for the whole
 * group: the venues, the holders, the holders' companion entries (only those the person
 * accepted, or who has no account, come along), the current colours, tests and
 * vaccinations, the doors' rules, the repeat look-up, one multi-row insert. A scan that
 * cannot be registered (suspended venue, no real-name registration, someone else's
 * companion) gets its refusal and stores nothing; the others go ahead. Everything
 * returned is committed.
 * <p>
 * The repeat decision holds across writers and nodes: before reading the latest entries
 * the group takes a transaction-level advisory lock per (person, venue) it is about to
 * enter, in one statement and in ascending order (no deadlock between groups), so a
 * concurrent group with the same visit waits for this commit and then sees its entry.
 */
@Component
class ScanRegistrar {

	private final CheckInStore store;

	private final VenueService venues;

	private final PersonService persons;

	private final HealthService health;

	private final CompanionService companions;

	private final CheckInProperties properties;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final DataSource dataSource;

	private final EntryService entry;

	private final HealthRecords records;

	ScanRegistrar(CheckInStore store, VenueService venues, PersonService persons, HealthService health,
			CompanionService companions, EntryService entry, HealthRecords records, CheckInProperties properties,
			Clock clock, PlatformTransactionManager transactionManager, DataSource dataSource) {
		this.entry = entry;
		this.records = records;
		this.store = store;
		this.venues = venues;
		this.persons = persons;
		this.health = health;
		this.companions = companions;
		this.properties = properties;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.dataSource = dataSource;
	}

	/**
	 * One outcome per scan, in the order given. {@code watch} learns the connection the
	 * group runs on, so a watchdog can abort it when it hangs.
	 */
	List<ScanOutcome> register(List<Scan> scans, Watch watch) {
		// stored with microseconds: the answer shows exactly the time stored
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		this.store.ensureDayOf(now);
		return this.transactions.execute(status -> {
			watch.using(DataSourceUtils.getConnection(this.dataSource));
			return registerAll(scans, now);
		});
	}

	private List<ScanOutcome> registerAll(List<Scan> scans, Instant now) {
		List<Admission> admissions = admitAll(scans);
		List<Admitted> admitted = admissions.stream().map(Admission::admitted).filter(Objects::nonNull).toList();
		Iterator<RegisteredScan> registered = admitted.isEmpty() ? Collections.emptyIterator()
				: enter(admitted, now).iterator();
		List<ScanOutcome> outcomes = new ArrayList<>();
		for (Admission admission : admissions) {
			outcomes.add((admission.refusal() != null) ? ScanOutcome.refused(admission.refusal())
					: ScanOutcome.registered(registered.next()));
		}
		return outcomes;
	}

	/** Which scans may enter, reading venues, holders and companions for all at once. */
	private List<Admission> admitAll(List<Scan> scans) {
		Map<VenueCode, VenueCheck> venueChecks = this.venues.check(scans.stream().map(Scan::venue).toList());
		Map<Long, PersonProfile> holders = this.persons.findByAccounts(scans.stream().map(Scan::accountId).toList());
		Map<Long, ResidentCompanions> companions = this.companions
			.ofResidents(scans.stream().map(Scan::accountId).toList());
		List<Admission> admissions = new ArrayList<>();
		for (Scan scan : scans) {
			try {
				admissions.add(new Admission(admit(scan, venueChecks, holders, companions), null));
			}
			catch (HealthCodeException refusal) {
				admissions.add(new Admission(null, refusal));
			}
		}
		return admissions;
	}

	/**
	 * Enters everyone of the admitted scans, in order: a person already in (before this
	 * group or earlier in it) is not entered twice, and a scan is a repeat when its
	 * holder was in already.
	 */
	private List<RegisteredScan> enter(List<Admitted> admitted, Instant now) {
		Set<PersonId> everyone = new LinkedHashSet<>();
		admitted.forEach(one -> everyone.addAll(one.everyone()));
		Map<PersonId, HealthStatus> statuses = this.health.current(everyone);
		Map<Long, EntryRule> rules = this.entry
			.effectiveRules(admitted.stream().map(Admitted::venue).distinct().toList());
		// read for the whole group even where the door asks only for a colour: every
		// answer shows them, and one statement per group is cheaper than one per scan
		Map<PersonId, Shown> records = this.records.of(everyone);
		Map<PersonId, EntryFacts> facts = new HashMap<>();
		statuses.forEach((id, status) -> facts.put(id, records.get(id).factsWith(status.color())));
		this.store.lockVisits(admitted.stream()
			.flatMap(one -> one.everyone().stream().map(one::visitOf))
			.map(visit -> visitLockKey(visit.personId(), visit.venueId()))
			.toList());
		Map<Visit, CheckIn> entries = earlierEntries(admitted, now);
		Set<Visit> known = new HashSet<>(entries.keySet());
		List<Visit> freshVisits = new ArrayList<>();
		List<NewEntry> fresh = new ArrayList<>();
		boolean[] repeated = new boolean[admitted.size()];
		for (int i = 0; i < admitted.size(); i++) {
			Admitted one = admitted.get(i);
			repeated[i] = known.contains(one.visitOf(one.holder().id()));
			for (PersonId person : one.everyone()) {
				Visit visit = one.visitOf(person);
				if (known.add(visit)) {
					freshVisits.add(visit);
					fresh.add(new NewEntry(one.venue().id(), now, person.value(), one.scan().accountId(),
							!person.equals(one.holder().id()), one.scan().channel(),
							statuses.get(person).color().name(),
							this.entry.verdict(rules.get(one.venue().id()), facts.get(person)).outcome().name(),
							one.scan().venue().entranceId()));
				}
			}
		}
		List<CheckIn> stored = this.store.insert(fresh);
		for (int i = 0; i < stored.size(); i++) {
			entries.put(freshVisits.get(i), stored.get(i));
		}
		Map<PersonId, PersonProfile> companionProfiles = this.persons
			.profiles(admitted.stream().flatMap(one -> one.brought().stream()).distinct().toList());

		List<RegisteredScan> registered = new ArrayList<>();
		for (int i = 0; i < admitted.size(); i++) {
			Admitted one = admitted.get(i);
			List<CheckIn> companionEntries = one.brought().stream().map(one::visitOf).map(entries::get).toList();
			registered.add(new RegisteredScan(entries.get(one.visitOf(one.holder().id())), companionEntries,
					one.venue(), one.holder(), statuses, records, rules.get(one.venue().id()),
					one.companions().named(companionProfiles), repeated[i]));
		}
		return registered;
	}

	private Admitted admit(Scan scan, Map<VenueCode, VenueCheck> venueChecks, Map<Long, PersonProfile> holders,
			Map<Long, ResidentCompanions> companions) {
		PublicVenue venue = venueChecks.get(scan.venue()).orThrow();
		PersonProfile holder = holders.get(scan.accountId());
		if (holder == null) {
			throw PersonService.profileRequired();
		}
		ResidentCompanions own = companions.get(scan.accountId());
		List<PersonId> chosen = (scan.companionIds() == null) ? own.withMe() : own.chosen(scan.companionIds());
		List<PersonId> brought = chosen.stream().filter(id -> !id.equals(holder.id())).distinct().toList();
		return new Admitted(scan, venue, holder, brought, own);
	}

	/** The latest entry within the repeat window of each person at the venue scanned. */
	private Map<Visit, CheckIn> earlierEntries(List<Admitted> admitted, Instant now) {
		List<Long> personIds = new ArrayList<>();
		List<Long> venueIds = new ArrayList<>();
		for (Admitted one : admitted) {
			for (PersonId person : one.everyone()) {
				personIds.add(person.value());
				venueIds.add(one.venue().id());
			}
		}
		Map<Visit, CheckIn> earlier = new HashMap<>();
		// the window reaches as far ahead as back: another node's clock may run a little
		// fast
		this.store
			.latestOfVisits(personIds, venueIds, now.minus(this.properties.repeatWindow()),
					now.plus(this.properties.repeatWindow()))
			.forEach(entry -> earlier.put(new Visit(entry.personId(), entry.venueId()), entry));
		return earlier;
	}

	/**
	 * The advisory-lock key of a (person, venue) visit: a 32-bit mix of both ids. Two
	 * visits sharing a key only wait for each other; the decision stays right.
	 */
	static int visitLockKey(long personId, long venueId) {
		long h = personId * 0x9E3779B97F4A7C15L + venueId;
		h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
		h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
		return (int) (h ^ (h >>> 31));
	}

	/** Learns the connection a group runs on. */
	interface Watch {

		void using(Connection connection);

	}

	/**
	 * A scan to register: the account that scanned, the venue code it read (signature
	 * already checked), the companions chosen ({@code null}: those marked "with me").
	 */
	record Scan(long accountId, VenueCode venue, List<Long> companionIds, Channel channel) {
	}

	/** A scan's registration, or why it was refused. */
	record ScanOutcome(RegisteredScan registered, HealthCodeException refusal) {

		static ScanOutcome registered(RegisteredScan registered) {
			return new ScanOutcome(registered, null);
		}

		static ScanOutcome refused(HealthCodeException refusal) {
			return new ScanOutcome(null, refusal);
		}

	}

	/** A scan either admitted or refused. */
	private record Admission(Admitted admitted, HealthCodeException refusal) {
	}

	/**
	 * @param companions the holder's companion entries, which name the persons brought
	 */
	private record Admitted(Scan scan, PublicVenue venue, PersonProfile holder, List<PersonId> brought,
			ResidentCompanions companions) {

		Visit visitOf(PersonId person) {
			return new Visit(person.value(), this.venue.id());
		}

		List<PersonId> everyone() {
			List<PersonId> all = new ArrayList<>();
			all.add(this.holder.id());
			all.addAll(this.brought);
			return all;
		}

	}

	private record Visit(long personId, long venueId) {
	}

}
