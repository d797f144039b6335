package org.healthcode.tracing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.checkin.CheckIn;
import org.healthcode.checkin.CheckInQueries;
import org.healthcode.health.Color;
import org.healthcode.identity.IdNumber;
import org.healthcode.person.PersonProfile;
import org.healthcode.person.PersonService;
import org.healthcode.support.DisplayZone;
import org.healthcode.support.HealthCodeException;
import org.healthcode.tracing.ContactFinder.Found;
import org.healthcode.tracing.ContactFinder.RawEncounter;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officials' tracing console: a person's trajectory, the contacts of a case and
 * everyone exposed at a venue. Every call is audited person by person in its transaction
 * (the case read; for an exposure, every visitor), so a result cannot be had without its
 * audit rows.
 */
@Service
public class TracingService {

	private final PersonService persons;

	private final CheckInQueries checkIns;

	private final ContactFinder finder;

	private final TracingLookups lookups;

	private final TracingAudit audit;

	private final TracingProperties properties;

	private final Clock clock;

	TracingService(PersonService persons, CheckInQueries checkIns, ContactFinder finder, TracingLookups lookups,
			TracingAudit audit, TracingProperties properties, Clock clock) {
		this.persons = persons;
		this.checkIns = checkIns;
		this.finder = finder;
		this.lookups = lookups;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Check-ins of the person with this ID number in {@code [from, to)}, including those
	 * as a companion.
	 */
	@Transactional
	public Trajectory trajectory(AccountPrincipal me, String idNumber, Instant from, Instant to) {
		requirePeriod(from, to);
		PersonProfile person = person(idNumber);
		this.audit.read(me, person.id().value(), "TRAJECTORY_QUERIED");
		int cap = this.properties.maxResultRows();
		List<CheckIn> found = this.checkIns.ofPersons(List.of(person.id().value()), from, to, cap + 1);
		tooLargeIf(found.size() > cap);
		Map<Long, VenueRef> venues = this.lookups.venues(found.stream().map(CheckIn::venueId).distinct().toList());
		List<TrajectoryEntry> entries = found.stream()
			.map(entry -> new TrajectoryEntry(entry.id(), entry.at(), venues.get(entry.venueId()), entry.asCompanion(),
					Color.valueOf(entry.color())))
			.toList();
		return new Trajectory(this.lookups.person(person), from, to, entries);
	}

	/**
	 * Contacts of the case with this ID number; see {@link ContactResult} and
	 * {@link Encounter}.
	 */
	@Transactional
	public ContactResult contacts(AccountPrincipal me, String idNumber, Instant from, Instant to, Integer windowMinutes,
			boolean secondDegree) {
		requirePeriod(from, to);
		if (windowMinutes != null && (windowMinutes < 1 || windowMinutes > 1440)) {
			throw new HealthCodeException("TRACING_WINDOW_INVALID", HttpStatus.BAD_REQUEST);
		}
		PersonProfile person = person(idNumber);
		this.audit.read(me, person.id().value(), "CONTACTS_QUERIED");
		Found found = this.finder.find(Set.of(person.id().value()), from, to, windowMinutes, secondDegree);
		Set<Long> contactIds = new LinkedHashSet<>();
		Set<Long> venueIds = new LinkedHashSet<>();
		found.encounters().forEach(encounter -> {
			contactIds.add(encounter.personId());
			venueIds.add(encounter.venueId());
		});
		Map<Long, PersonRef> refs = this.lookups.persons(contactIds);
		Map<Long, VenueRef> venues = this.lookups.venues(venueIds, found.venues());
		Map<Long, List<RawEncounter>> byPerson = new LinkedHashMap<>();
		found.encounters()
			.forEach(encounter -> byPerson.computeIfAbsent(encounter.personId(), id -> new ArrayList<>())
				.add(encounter));
		List<Contact> contacts = new ArrayList<>();
		byPerson.forEach((personId, raw) -> {
			List<Encounter> encounters = raw.stream()
				.map(encounter -> new Encounter(venues.get(encounter.venueId()), encounter.viaPersonId(),
						encounter.viaAt(), encounter.contactAt(), encounter.windowMinutes(),
						encounter.overlapMinutes()))
				.toList();
			int overlap = encounters.stream().mapToInt(Encounter::overlapMinutes).max().orElse(0);
			contacts.add(new Contact(refs.get(personId), raw.get(0).degree(), overlap, encounters));
		});
		contacts.sort(Comparator.comparingInt(Contact::degree)
			.thenComparing(Comparator.comparingInt(Contact::overlapMinutes).reversed())
			.thenComparingLong(contact -> contact.person().personId()));
		return new ContactResult(this.lookups.person(person), from, to, windowMinutes, secondDegree,
				found.caseCheckIns(), found.encounters().size(), contacts);
	}

	/**
	 * Everyone who checked in at a venue in {@code [from, to)}; every visitor's read is
	 * audited.
	 */
	@Transactional
	public Exposure exposure(AccountPrincipal me, long venueId, Instant from, Instant to) {
		requirePeriod(from, to);
		VenueRef venue = this.lookups.venues(List.of(venueId)).get(venueId);
		if (venue.category() == null) {
			throw new HealthCodeException("TRACING_VENUE_NOT_FOUND", HttpStatus.NOT_FOUND);
		}
		int cap = this.properties.maxResultRows();
		List<CheckIn> found = this.checkIns.atVenue(venueId, from, to, cap + 1);
		tooLargeIf(found.size() > cap);
		List<Long> visitors = found.stream().map(CheckIn::personId).distinct().toList();
		this.audit.read(me, visitors, "VENUE_EXPOSURE_QUERIED", "venue " + venueId);
		Map<Long, PersonRef> refs = this.lookups.persons(visitors);
		List<ExposureEntry> entries = found.stream()
			.map(entry -> new ExposureEntry(refs.get(entry.personId()), entry.at(), entry.asCompanion(),
					Color.valueOf(entry.color())))
			.toList();
		return new Exposure(venue, from, to, visitors.size(), entries);
	}

	private PersonProfile person(String idNumber) {
		IdNumber parsed = IdNumber.parse(idNumber, LocalDate.ofInstant(this.clock.instant(), DisplayZone.ZONE));
		return this.persons.findByIdNumber(parsed)
			.orElseThrow(() -> new HealthCodeException("PERSON_NOT_FOUND", HttpStatus.NOT_FOUND));
	}

	private void requirePeriod(Instant from, Instant to) {
		if (from == null || to == null || !from.isBefore(to)
				|| Duration.between(from, to).compareTo(Duration.ofDays(this.properties.maxPeriodDays())) > 0) {
			throw new HealthCodeException("TRACING_PERIOD_INVALID", HttpStatus.BAD_REQUEST,
					this.properties.maxPeriodDays());
		}
	}

	private void tooLargeIf(boolean tooLarge) {
		if (tooLarge) {
			throw new HealthCodeException("TRACING_RESULT_TOO_LARGE", HttpStatus.UNPROCESSABLE_CONTENT,
					this.properties.maxResultRows());
		}
	}

}
