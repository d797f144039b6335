package org.healthcode.tracing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.healthcode.checkin.CheckIn;
import org.healthcode.checkin.CheckInQueries;
import org.healthcode.checkin.ContactMatch;
import org.healthcode.checkin.ContactProbe;
import org.healthcode.support.HealthCodeException;
import org.healthcode.venue.PublicVenue;
import org.healthcode.venue.VenueService;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The contact computation on plain ids, without presentation or audit. First degree:
 * every check-in of someone other than the cases at the venue of a case's check-in in the
 * period, within ± the window. Second degree: the same around every check-in (in the
 * period) of the first-degree contacts, leaving out the cases and the first-degree
 * contacts. Each step is one query.
 */
@Component
class ContactFinder {

	private final CheckInQueries checkIns;

	private final VenueService venues;

	private final TracingProperties properties;

	ContactFinder(CheckInQueries checkIns, VenueService venues, TracingProperties properties) {
		this.checkIns = checkIns;
		this.venues = venues;
		this.properties = properties;
	}

	/**
	 * Raw encounters, first degree before second; {@code windowOverride} null means each
	 * venue's window.
	 */
	Found find(Set<Long> cases, Instant from, Instant to, Integer windowOverride, boolean secondDegree) {
		int cap = this.properties.maxResultRows();
		List<CheckIn> caseVisits = capped(this.checkIns.ofPersons(cases, from, to, cap + 1), cap);
		Map<Long, PublicVenue> known = new HashMap<>();
		List<RawEncounter> encounters = new ArrayList<>(around(caseVisits, cases, windowOverride, 1, cap + 1, known));
		capped(encounters, cap);
		if (secondDegree && !encounters.isEmpty()) {
			Set<Long> first = new LinkedHashSet<>();
			encounters.forEach(encounter -> first.add(encounter.personId()));
			List<CheckIn> firstVisits = capped(this.checkIns.ofPersons(first, from, to, cap + 1), cap);
			Set<Long> excluded = new LinkedHashSet<>(cases);
			excluded.addAll(first);
			encounters.addAll(around(firstVisits, excluded, windowOverride, 2, cap - encounters.size() + 1, known));
			capped(encounters, cap);
		}
		return new Found(caseVisits.size(), encounters, known);
	}

	/** {@code known} gains the venues of the visits, for the caller to show them. */
	private List<RawEncounter> around(List<CheckIn> visits, Collection<Long> excluded, Integer windowOverride,
			int degree, int limit, Map<Long, PublicVenue> known) {
		known.putAll(this.venues.findPublic(
				visits.stream().map(CheckIn::venueId).filter(id -> !known.containsKey(id)).distinct().toList()));
		List<ContactProbe> probes = visits.stream()
			.map(visit -> new ContactProbe(visit.venueId(), visit.at(),
					window(known.get(visit.venueId()), windowOverride)))
			.toList();
		List<RawEncounter> found = new ArrayList<>();
		for (ContactMatch match : this.checkIns.contacts(probes, excluded, limit)) {
			CheckIn via = visits.get(match.probe());
			ContactProbe probe = probes.get(match.probe());
			found.add(new RawEncounter(degree, match.entry().personId(), via.personId(), via.venueId(), via.at(),
					match.entry().at(), probe.windowMinutes()));
		}
		return found;
	}

	private int window(PublicVenue venue, Integer windowOverride) {
		if (windowOverride != null) {
			return windowOverride;
		}
		return venue != null ? venue.contactWindowMinutes() : this.properties.defaultWindowMinutes();
	}

	private static <T> List<T> capped(List<T> rows, int cap) {
		if (rows.size() > cap) {
			throw new HealthCodeException("TRACING_RESULT_TOO_LARGE", HttpStatus.UNPROCESSABLE_CONTENT, cap);
		}
		return rows;
	}

	/**
	 * What the search found: how many check-ins of the cases it probed, the encounters,
	 * and the venues of the probed check-ins (every encounter's venue among them), so
	 * they are not looked up twice.
	 */
	record Found(int caseCheckIns, List<RawEncounter> encounters, Map<Long, PublicVenue> venues) {
	}

	/**
	 * One encounter on ids: {@code personId} met {@code viaPersonId} at {@code venueId}.
	 */
	record RawEncounter(int degree, long personId, long viaPersonId, long venueId, Instant viaAt, Instant contactAt,
			int windowMinutes) {

		int overlapMinutes() {
			long seconds = Math.abs(this.contactAt.getEpochSecond() - this.viaAt.getEpochSecond());
			return (int) Math.max(0, (60L * this.windowMinutes - seconds) / 60);
		}

	}

}
