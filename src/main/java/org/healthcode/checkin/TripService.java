package org.healthcode.checkin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.healthcode.health.Color;
import org.healthcode.person.PersonId;
import org.healthcode.person.PersonProfile;
import org.healthcode.person.PersonService;
import org.healthcode.venue.PublicVenue;
import org.healthcode.venue.VenueService;

import org.springframework.stereotype.Service;

/**
 * A resident's trip record: their own entries and those they made for companions, in the
 * retention window, and on its page everyone's current test and vaccination.
 */
@Service
public class TripService {

	private static final int MAX_ENTRIES = 500;

	private final CheckInRepository entries;

	private final PersonService persons;

	private final VenueService venues;

	private final CheckInProperties properties;

	private final Clock clock;

	private final CompanionLabels labels;

	private final HealthRecords records;

	TripService(CheckInRepository entries, PersonService persons, VenueService venues, CompanionLabels labels,
			HealthRecords records, CheckInProperties properties, Clock clock) {
		this.records = records;
		this.labels = labels;
		this.entries = entries;
		this.persons = persons;
		this.venues = venues;
		this.properties = properties;
		this.clock = clock;
	}

	public List<TripEntry> trips(long accountId) {
		return found(accountId).map(Found::entries).orElse(List.of());
	}

	/**
	 * The trip record with the current test and vaccination of everyone in it, read for
	 * all of them at once.
	 */
	public TripRecord record(long accountId) {
		Optional<Found> found = found(accountId);
		if (found.isEmpty()) {
			return new TripRecord(List.of(), List.of());
		}
		Map<PersonId, PersonProfile> profiles = found.get().profiles();
		Map<PersonId, HealthRecords.Shown> shown = this.records.of(profiles.keySet());
		List<TripRecord.Person> people = profiles.entrySet().stream().map(person -> {
			HealthRecords.Shown record = shown.get(person.getKey());
			return new TripRecord.Person(person.getValue().maskedName(), person.getKey().equals(found.get().self()),
					record.nat(), record.shownVaccination());
		}).toList();
		return new TripRecord(people, found.get().entries());
	}

	private Optional<Found> found(long accountId) {
		Optional<PersonProfile> self = this.persons.findByAccount(accountId);
		if (self.isEmpty()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		List<CheckIn> found = this.entries.ofPersonsOrMaker(List.of(self.get().id().value()), accountId,
				now.minus(Duration.ofDays(this.properties.tripDays())), now.plusSeconds(60), MAX_ENTRIES);
		Set<PersonId> people = new LinkedHashSet<>();
		found.forEach(entry -> people.add(new PersonId(entry.personId())));
		// the resident themself first, and the persons they brought under the names they
		// gave them
		people.remove(self.get().id());
		Map<PersonId, PersonProfile> profiles = new LinkedHashMap<>();
		profiles.put(self.get().id(), self.get());
		profiles.putAll(this.labels.asNamedBy(accountId, this.persons.profiles(people)));
		Map<Long, Optional<PublicVenue>> venueCache = new HashMap<>();
		List<TripEntry> entries = found.stream().map(entry -> {
			PublicVenue venue = venueCache.computeIfAbsent(entry.venueId(), this.venues::findPublic).orElse(null);
			PersonProfile person = profiles.get(new PersonId(entry.personId()));
			return new TripEntry(entry.id(), entry.at(), venue == null ? "" : venue.name(),
					venue == null ? "" : venue.address(), venue == null ? "" : venue.divisionName(),
					person == null ? "" : person.maskedName(), entry.asCompanion(), Color.valueOf(entry.color()));
		}).toList();
		return Optional.of(new Found(self.get().id(), profiles, entries));
	}

	/** The entries found and the persons they are of, the resident first. */
	private record Found(PersonId self, Map<PersonId, PersonProfile> profiles, List<TripEntry> entries) {
	}

}
