package org.healthcode.checkin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What officials may ask of the entry store: a person's entries, a venue's entries, the
 * contacts around a set of visits, and counts for dashboards. Callers authorize and
 * audit; this only reads. Periods are half-open {@code [from, to)}; results are capped by
 * {@code limit}, so a caller that gets {@code limit} rows knows there may be more.
 */
@Service
@Transactional(readOnly = true)
public class CheckInQueries {

	private final ContactQueryRepository queries;

	CheckInQueries(ContactQueryRepository queries) {
		this.queries = queries;
	}

	/**
	 * Entries of these persons (their own and those made for them as companions), oldest
	 * first.
	 */
	public List<CheckIn> ofPersons(Collection<Long> personIds, Instant from, Instant to, int limit) {
		if (personIds.isEmpty()) {
			return List.of();
		}
		return this.queries.ofPersons(personIds, from, to, limit);
	}

	/**
	 * Distinct persons with an entry at any of these venues (their own or as someone's
	 * companion), in person id order, at most {@code limit}.
	 */
	public List<Long> personsAtVenues(Collection<Long> venueIds, Instant from, Instant to, int limit) {
		if (venueIds.isEmpty()) {
			return List.of();
		}
		return this.queries.personsAtVenues(venueIds, from, to, limit);
	}

	/** Entries at a venue, oldest first. */
	public List<CheckIn> atVenue(long venueId, Instant from, Instant to, int limit) {
		return this.queries.atVenue(venueId, from, to, limit);
	}

	/**
	 * Every entry at the venue of a probe within ± its window of the probe's time (both
	 * ends included), except entries of {@code excludedPersons}; ordered by probe, then
	 * time. An entry near two probes appears once per probe. One query over the
	 * {@code (venue_id, at)} key.
	 */
	public List<ContactMatch> contacts(List<ContactProbe> probes, Collection<Long> excludedPersons, int limit) {
		if (probes.isEmpty()) {
			return List.of();
		}
		return this.queries.contacts(probes, excludedPersons, limit);
	}

	/** Entries per calendar day of {@code zone}, days without entries left out. */
	public List<CheckInCount<LocalDate>> perDay(Instant from, Instant to, ZoneId zone) {
		return this.queries.perDay(from, to, zone);
	}

	/** Entries per venue, busiest first. */
	public List<CheckInCount<Long>> perVenue(Instant from, Instant to) {
		return this.queries.perVenue(from, to);
	}

}
