package org.healthcode.tracing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.healthcode.health.Color;
import org.healthcode.health.HealthService;
import org.healthcode.person.PersonId;
import org.healthcode.person.PersonProfile;
import org.healthcode.person.PersonService;
import org.healthcode.venue.PublicVenue;
import org.healthcode.venue.VenueService;

import org.springframework.stereotype.Component;

/**
 * Masked persons with their colour now, and venues, for many ids at once. Asks the other
 * modules in slices, since their look-ups bind one parameter per id.
 */
@Component
class TracingLookups {

	private static final int SLICE = 1000;

	private final PersonService persons;

	private final HealthService health;

	private final VenueService venues;

	TracingLookups(PersonService persons, HealthService health, VenueService venues) {
		this.persons = persons;
		this.health = health;
		this.venues = venues;
	}

	Map<Long, PersonRef> persons(Collection<Long> personIds) {
		Map<Long, PersonRef> refs = new LinkedHashMap<>();
		for (List<PersonId> slice : slices(personIds.stream().distinct().map(PersonId::new).toList())) {
			Map<PersonId, PersonProfile> profiles = this.persons.profiles(slice);
			Map<PersonId, Color> colors = this.health.currentColors(slice);
			for (PersonId id : slice) {
				PersonProfile profile = profiles.get(id);
				refs.put(id.value(), new PersonRef(id.value(), profile == null ? "" : profile.maskedName(),
						profile == null ? "" : profile.maskedIdNumber(), colors.get(id)));
			}
		}
		return refs;
	}

	PersonRef person(PersonProfile profile) {
		return new PersonRef(profile.id().value(), profile.maskedName(), profile.maskedIdNumber(),
				this.health.currentColors(List.of(profile.id())).get(profile.id()));
	}

	Map<Long, VenueRef> venues(Collection<Long> venueIds) {
		return venues(venueIds, this.venues.findPublic(venueIds));
	}

	/** As above, from venues already looked up (unknown ids get an empty reference). */
	Map<Long, VenueRef> venues(Collection<Long> venueIds, Map<Long, PublicVenue> known) {
		Map<Long, VenueRef> refs = new LinkedHashMap<>();
		for (Long id : venueIds) {
			PublicVenue venue = known.get(id);
			refs.put(id, venue == null ? new VenueRef(id, "", "", "", null)
					: new VenueRef(id, venue.name(), venue.address(), venue.divisionName(), venue.category()));
		}
		return refs;
	}

	static <T> List<List<T>> slices(List<T> all) {
		List<List<T>> slices = new ArrayList<>();
		for (int start = 0; start < all.size(); start += SLICE) {
			slices.add(all.subList(start, Math.min(all.size(), start + SLICE)));
		}
		return slices;
	}

}
