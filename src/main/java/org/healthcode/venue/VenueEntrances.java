package org.healthcode.venue;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.healthcode.support.HealthCodeException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A venue's entrances (出入口): its manager adds them; each has a code of its own (the
 * venue's current code plus the entrance, so regenerating the venue's code retires them
 * too) and a poster. Entries through an entrance's code record the entrance.
 */
@Service
public class VenueEntrances {

	/** More entrances than a large hospital has would be a mistake, not a venue. */
	static final int MAX_PER_VENUE = 50;

	private final EntranceRepository entrances;

	private final VenueService venues;

	private final VenueTokens tokens;

	private final VenuePosters posters;

	private final Clock clock;

	VenueEntrances(EntranceRepository entrances, VenueService venues, VenueTokens tokens, VenuePosters posters,
			Clock clock) {
		this.entrances = entrances;
		this.venues = venues;
		this.tokens = tokens;
		this.posters = posters;
		this.clock = clock;
	}

	/** Adds an entrance to one of the manager's venues (404 for anyone else's). */
	@Transactional
	public Entrance add(long accountId, long venueId, AddEntranceRequest request) {
		VenueView venue = this.venues.get(accountId, venueId);
		if (this.entrances.count(venueId) >= MAX_PER_VENUE) {
			throw new HealthCodeException("ENTRANCE_LIMIT", HttpStatus.CONFLICT, MAX_PER_VENUE);
		}
		return view(venue, this.entrances.insert(venueId, request.name().strip(), this.clock.instant()));
	}

	@Transactional(readOnly = true)
	public List<Entrance> list(long accountId, long venueId) {
		VenueView venue = this.venues.get(accountId, venueId);
		return this.entrances.ofVenue(venueId).stream().map(row -> view(venue, row)).toList();
	}

	/**
	 * Entrance names of a venue by id, for its day view (no manager check: the caller's).
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> names(long venueId) {
		Map<Long, String> names = new LinkedHashMap<>();
		this.entrances.ofVenue(venueId).forEach(row -> names.put(row.id(), row.name()));
		return names;
	}

	@Transactional(readOnly = true)
	public byte[] posterPdf(long accountId, long venueId, long entranceId) {
		VenueView venue = this.venues.get(accountId, venueId);
		return this.posters.pdf(this.posters.contentOf(venue, entrance(venue, entranceId)));
	}

	@Transactional(readOnly = true)
	public byte[] posterPng(long accountId, long venueId, long entranceId) {
		VenueView venue = this.venues.get(accountId, venueId);
		return this.posters.png(this.posters.contentOf(venue, entrance(venue, entranceId)));
	}

	private Entrance entrance(VenueView venue, long entranceId) {
		return this.entrances.find(venue.id(), entranceId)
			.map(row -> view(venue, row))
			.orElseThrow(() -> new HealthCodeException("ENTRANCE_NOT_FOUND", HttpStatus.NOT_FOUND));
	}

	private Entrance view(VenueView venue, EntranceRepository.Row row) {
		String token = this.tokens.issueForEntrance(venue.id(), venue.tokenVersion(), row.id());
		return new Entrance(row.id(), venue.id(), row.name(), token, this.tokens.scanUrl(token), row.createdAt());
	}

}
