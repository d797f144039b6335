package org.healthcode.checkin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
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
 * retention window.
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

	TripService(CheckInRepository entries, PersonService persons, VenueService venues, CompanionLabels labels,
			CheckInProperties properties, Clock clock) {
		this.labels = labels;
		this.entries = entries;
		this.persons = persons;
		this.venues = venues;
		this.properties = properties;
		this.clock = clock;
	}

	public List<TripEntry> trips(long accountId) {
		Optional<PersonProfile> self = this.persons.findByAccount(accountId);
		if (self.isEmpty()) {
			return List.of();
		}
		Instant now = this.clock.instant();
		List<CheckIn> found = this.entries.ofPersonsOrMaker(List.of(self.get().id().value()), accountId,
				now.minus(Duration.ofDays(this.properties.tripDays())), now.plusSeconds(60), MAX_ENTRIES);
		Set<PersonId> people = new LinkedHashSet<>();
		found.forEach(entry -> people.add(new PersonId(entry.personId())));
		// the resident themself, and the persons they brought under the names they gave
		// them
		people.remove(self.get().id());
		Map<PersonId, PersonProfile> profiles = new HashMap<>(
				this.labels.asNamedBy(accountId, this.persons.profiles(people)));
		profiles.put(self.get().id(), self.get());
		Map<Long, Optional<PublicVenue>> venueCache = new HashMap<>();
		return found.stream().map(entry -> {
			PublicVenue venue = venueCache.computeIfAbsent(entry.venueId(), this.venues::findPublic).orElse(null);
			PersonProfile person = profiles.get(new PersonId(entry.personId()));
			return new TripEntry(entry.id(), entry.at(), venue == null ? "" : venue.name(),
					venue == null ? "" : venue.address(), venue == null ? "" : venue.divisionName(),
					person == null ? "" : person.maskedName(), entry.asCompanion(), Color.valueOf(entry.color()));
		}).toList();
	}

}
