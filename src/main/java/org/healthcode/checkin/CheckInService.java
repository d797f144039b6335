package org.healthcode.checkin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.healthcode.checkin.ScanRegistrar.Scan;
import org.healthcode.checkin.CheckInResult.Access;
import org.healthcode.checkin.CheckInResult.CompanionEntry;
import org.healthcode.checkin.CheckInResult.Holder;
import org.healthcode.checkin.CheckInResult.VenueInfo;
import org.healthcode.checkin.HealthRecords.Shown;
import org.healthcode.entry.EntryRule;
import org.healthcode.entry.EntryService;
import org.healthcode.entry.Verdict;
import org.healthcode.health.Color;
import org.healthcode.health.HealthCode;
import org.healthcode.health.HealthCodeService;
import org.healthcode.health.HealthService;
import org.healthcode.health.HealthStatus;
import org.healthcode.person.PersonId;
import org.healthcode.person.PersonProfile;
import org.healthcode.person.PersonService;
import org.healthcode.support.HealthCodeException;
import org.healthcode.venue.PublicVenue;
import org.healthcode.venue.VenueCode;
import org.healthcode.venue.VenueService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scan: a resident opens a venue's code and an entry is registered for them and for
 * the companions they bring, each with the colour their code had at the door. Everyone is
 * registered, whatever the colour: the door decides from what the screen shows.
 */
@Service
public class CheckInService {

	private final CheckInStore store;

	private final CheckInBatcher batcher;

	private final VenueService venues;

	private final PersonService persons;

	private final HealthService health;

	private final HealthCodeService codes;

	private final CheckInProperties properties;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final CompanionLabels labels;

	private final ApplicationEventPublisher events;

	private final EntryService entry;

	private final HealthRecords records;

	CheckInService(CheckInStore store, CheckInBatcher batcher, VenueService venues, PersonService persons,
			HealthService health, HealthCodeService codes, CompanionLabels labels, EntryService entry,
			HealthRecords records, CheckInProperties properties, Clock clock,
			PlatformTransactionManager transactionManager, ApplicationEventPublisher events) {
		this.entry = entry;
		this.records = records;
		this.labels = labels;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
		this.store = store;
		this.batcher = batcher;
		this.venues = venues;
		this.persons = persons;
		this.health = health;
		this.codes = codes;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Registers a scan. {@code companionIds} null means "the companions marked with me";
	 * otherwise each id must be one of the resident's companions. A repeat scan of the
	 * same venue within the repeat window returns the earlier entries instead of making
	 * new ones. Returns once the entries are committed.
	 */
	public CheckInResult checkIn(long accountId, String venueToken, List<Long> companionIds, Channel channel) {
		// a forged or altered code is refused here, before it queues for the database
		VenueCode venue = this.venues.readCode(venueToken);
		RegisteredScan scan = this.batcher
			.register(new Scan(accountId, venue, companionIds == null ? null : List.copyOf(companionIds), channel));
		if (!scan.repeated()) {
			// after the group's commit, on the request's thread: writers never wait for
			// it
			List<Long> entered = new ArrayList<>();
			entered.add(scan.holderEntry().personId());
			scan.companionEntries().forEach(entry -> entered.add(entry.personId()));
			this.events.publishEvent(new CheckInRecorded(scan.venue().id(), scan.venue().divisionCode(), entered,
					scan.holderEntry().at()));
		}
		return result(scan.holderEntry(), scan.companionEntries(), scan.venue(), scan.holder(), scan.statuses(),
				scan.records(), scan.rule(), scan.companionProfiles(), scan.repeated());
	}

	/** The result screen of one of the resident's own scans, with live colours. */
	public CheckInResult result(long accountId, long checkInId) {
		return this.transactions.execute(status -> resultOf(accountId, checkInId));
	}

	private CheckInResult resultOf(long accountId, long checkInId) {
		Instant now = this.clock.instant();
		PersonProfile holder = this.persons.requireByAccount(accountId);
		CheckIn entry = this.store
			.find(checkInId, holder.id(), now.minus(Duration.ofDays(this.properties.tripDays())), now.plusSeconds(60))
			.filter(found -> found.madeByAccount() == accountId && !found.asCompanion()
					&& found.channel() != Channel.GATE)
			.orElseThrow(() -> new HealthCodeException("CHECKIN_NOT_FOUND", HttpStatus.NOT_FOUND));
		PublicVenue venue = this.venues.findPublic(entry.venueId())
			.orElseThrow(() -> new HealthCodeException("CHECKIN_NOT_FOUND", HttpStatus.NOT_FOUND));
		List<CheckIn> companionEntries = this.store.companionsOfScan(entry, this.properties.repeatWindow());
		List<PersonId> companionIds = companionEntries.stream()
			.map(companion -> new PersonId(companion.personId()))
			.toList();
		List<PersonId> everyone = new ArrayList<>();
		everyone.add(holder.id());
		everyone.addAll(companionIds);
		return result(entry, companionEntries, venue, holder, this.health.current(everyone), Map.of(),
				this.entry.effectiveRules(List.of(venue)).get(venue.id()),
				this.labels.asNamedBy(accountId, this.persons.profiles(companionIds)), false);
	}

	/**
	 * The blue screen under the venue's door rule; signs the holder's live health code.
	 * Tests and vaccination not read with the scan ({@code known}) are read here for the
	 * whole group at once.
	 */
	private CheckInResult result(CheckIn holderEntry, List<CheckIn> companionEntries, PublicVenue venue,
			PersonProfile holder, Map<PersonId, HealthStatus> statuses, Map<PersonId, Shown> known, EntryRule rule,
			Map<PersonId, PersonProfile> profiles, boolean repeated) {
		List<PersonId> shownPeople = new ArrayList<>();
		shownPeople.add(holder.id());
		companionEntries.forEach(entry -> shownPeople.add(new PersonId(entry.personId())));
		Map<PersonId, Shown> records = shownPeople.stream().allMatch(known::containsKey) ? known
				: this.records.of(shownPeople);
		Shown own = records.get(holder.id());
		HealthCode code = this.codes.issue(holder, statuses.get(holder.id()), own.nat(), own.vaccination());
		// the screen's verdict, in the reader's language, from the colours and tests it
		// shows
		List<CompanionEntry> shown = companionEntries.stream().map(entry -> {
			PersonId id = new PersonId(entry.personId());
			PersonProfile profile = profiles.get(id);
			Color color = statuses.get(id).color();
			Shown record = records.get(id);
			Verdict verdict = this.entry.verdict(rule, record.factsWith(color));
			return new CompanionEntry(entry.id(), profile.maskedName(), profile.maskedIdNumber(), color,
					Access.of(color), record.nat(), record.shownVaccination(), verdict.outcome(), verdict.reasons());
		}).toList();
		Verdict verdict = this.entry.verdict(rule, own.factsWith(code.color()));
		Holder shownHolder = new Holder(code.maskedName(), code.maskedIdNumber(), code.color(), Access.of(code.color()),
				code.token(), code.tokenExpiresAt(), code.refreshSeconds(), own.nat(), own.shownVaccination(),
				verdict.outcome(), verdict.reasons());
		return new CheckInResult(holderEntry.id(), holderEntry.at(), repeated,
				new VenueInfo(venue.id(), venue.name(), venue.address(), venue.divisionName()), "BLUE", shownHolder,
				shown);
	}

	/** Makes sure the days in [from, to] (UTC) have their partitions. */
	public void preparePartitions(LocalDate from, LocalDate to) {
		this.store.preparePartitions(from, to);
	}

	/**
	 * Drops the partitions of days before {@code firstKeptDay}; returns how many days
	 * were dropped.
	 */
	public int dropPartitionsBefore(LocalDate firstKeptDay) {
		return this.store.dropPartitionsBefore(firstKeptDay);
	}

	/** Days (UTC) that currently hold a partition, oldest first. */
	public List<LocalDate> partitionDays() {
		return this.store.partitionDays();
	}

	static LocalDate utcDay(Instant instant) {
		return LocalDate.ofInstant(instant, ZoneOffset.UTC);
	}

}
