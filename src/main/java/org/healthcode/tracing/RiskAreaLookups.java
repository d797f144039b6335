package org.healthcode.tracing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.healthcode.checkin.CheckInQueries;
import org.healthcode.support.HealthCodeException;
import org.healthcode.tracing.RiskAreaRepository.Row;
import org.healthcode.venue.Divisions;
import org.healthcode.venue.VenueService;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** What a designation needs from other modules: venues, divisions, visitors, progress. */
@Component
class RiskAreaLookups {

	private final VenueService venues;

	private final Divisions divisions;

	private final CheckInQueries checkIns;

	private final MarkingJobRepository jobs;

	private final TracingProperties properties;

	RiskAreaLookups(VenueService venues, Divisions divisions, CheckInQueries checkIns, MarkingJobRepository jobs,
			TracingProperties properties) {
		this.venues = venues;
		this.divisions = divisions;
		this.checkIns = checkIns;
		this.jobs = jobs;
		this.properties = properties;
	}

	/**
	 * Venues inside a division; 400 {@code RISK_AREA_DIVISION_UNKNOWN} for a code not in
	 * GB/T 2260.
	 */
	List<Long> venuesIn(String divisionCode) {
		if (this.divisions.find(divisionCode).isEmpty()) {
			throw new HealthCodeException("RISK_AREA_DIVISION_UNKNOWN", HttpStatus.BAD_REQUEST);
		}
		return this.venues.idsInDivision(divisionCode);
	}

	/** The venues, all known; 400 {@code RISK_AREA_VENUE_UNKNOWN} otherwise. */
	List<Long> knownVenues(Collection<Long> venueIds) {
		if (this.venues.findPublic(venueIds).size() != venueIds.size()) {
			throw new HealthCodeException("RISK_AREA_VENUE_UNKNOWN", HttpStatus.BAD_REQUEST);
		}
		return List.copyOf(venueIds);
	}

	/**
	 * Everyone who checked in at the venues in {@code [from, to)}; 400
	 * {@code RISK_AREA_TOO_LARGE} beyond the bulk-marking limit.
	 */
	List<Long> visitors(List<Long> venueIds, Instant from, Instant to) {
		if (!to.isAfter(from)) {
			return List.of();
		}
		int max = this.properties.maxMarkingPersons();
		List<Long> persons = this.checkIns.personsAtVenues(venueIds, from, to, max + 1);
		if (persons.size() > max) {
			throw new HealthCodeException("RISK_AREA_TOO_LARGE", HttpStatus.BAD_REQUEST, max);
		}
		return persons;
	}

	RiskArea view(Row row) {
		MarkingJob job = this.jobs.find(row.jobId()).map(MarkingJobRepository.Row::job).orElseThrow();
		return new RiskArea(row.id(), row.level(), row.divisionCode(),
				row.divisionCode() == null ? null : this.divisions.fullName(row.divisionCode()), row.venueIds(),
				row.from(), row.to(), row.reason(), row.state(), row.createdAt(), job, row.withdrawnAt(),
				row.reverted());
	}

}
