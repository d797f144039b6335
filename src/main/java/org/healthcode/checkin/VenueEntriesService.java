package org.healthcode.checkin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.healthcode.checkin.CheckInResult.Access;
import org.healthcode.entry.Outcome;
import org.healthcode.health.Color;
import org.healthcode.person.PersonId;
import org.healthcode.person.PersonProfile;
import org.healthcode.person.PersonService;
import org.healthcode.support.DisplayZone;
import org.healthcode.support.HealthCodeException;
import org.healthcode.venue.PublicVenue;
import org.healthcode.venue.VenueEntrances;
import org.healthcode.venue.VenueService;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * What a venue's manager sees of its entries: only their own venues, only masked people.
 */
@Service
public class VenueEntriesService {

	private final CheckInRepository entries;

	private final VenueService venues;

	private final PersonService persons;

	private final VenueEntrances entrances;

	VenueEntriesService(CheckInRepository entries, VenueService venues, PersonService persons,
			VenueEntrances entrances) {
		this.entrances = entrances;
		this.entries = entries;
		this.venues = venues;
		this.persons = persons;
	}

	public VenueDay day(long managerAccount, long venueId, LocalDate date) {
		if (!this.venues.isManager(managerAccount, venueId)) {
			throw new HealthCodeException("VENUE_NOT_FOUND", HttpStatus.NOT_FOUND);
		}
		PublicVenue venue = this.venues.findPublic(venueId)
			.orElseThrow(() -> new HealthCodeException("VENUE_NOT_FOUND", HttpStatus.NOT_FOUND));
		Instant from = date.atStartOfDay(DisplayZone.ZONE).toInstant();
		Instant to = date.plusDays(1).atStartOfDay(DisplayZone.ZONE).toInstant();
		List<CheckIn> found = this.entries.ofVenue(venueId, from, to);
		Set<PersonId> people = new LinkedHashSet<>();
		found.forEach(entry -> people.add(new PersonId(entry.personId())));
		Map<PersonId, PersonProfile> profiles = this.persons.profiles(people);

		Map<Color, Integer> byColor = new EnumMap<>(Color.class);
		for (Color color : Color.values()) {
			byColor.put(color, 0);
		}
		List<Integer> byHour = new ArrayList<>(Collections.nCopies(24, 0));
		List<VenueDay.Entry> shown = new ArrayList<>();
		for (CheckIn entry : found) {
			Color color = Color.valueOf(entry.color());
			byColor.merge(color, 1, Integer::sum);
			int hour = entry.at().atZone(DisplayZone.ZONE).getHour();
			byHour.set(hour, byHour.get(hour) + 1);
			PersonProfile person = profiles.get(new PersonId(entry.personId()));
			Outcome verdict = (entry.verdict() != null) ? Outcome.valueOf(entry.verdict())
					: Outcome.valueOf(Access.of(color).name());
			shown.add(new VenueDay.Entry(entry.id(), entry.at(), person == null ? "" : person.maskedName(), color,
					entry.asCompanion(), verdict));
		}
		List<VenueDay.Entry> alerts = shown.stream().filter(entry -> entry.verdict() != Outcome.PASS).toList();
		return new VenueDay(venueId, venue.name(), date, shown.size(), byColor, List.copyOf(byHour), shown, alerts,
				alerts.size(), byEntrance(venueId, from, to));
	}

	/**
	 * Counts by entrance, every entrance listed (zero too); none for a venue without any.
	 */
	private List<VenueDay.EntranceCount> byEntrance(long venueId, Instant from, Instant to) {
		Map<Long, String> names = this.entrances.names(venueId);
		if (names.isEmpty()) {
			return List.of();
		}
		Map<Long, Integer> counts = this.entries.countsByEntrance(venueId, from, to);
		List<VenueDay.EntranceCount> shown = new ArrayList<>();
		shown.add(new VenueDay.EntranceCount(null, null, counts.getOrDefault(null, 0)));
		names.forEach((id, name) -> shown.add(new VenueDay.EntranceCount(id, name, counts.getOrDefault(id, 0))));
		return shown;
	}

}
