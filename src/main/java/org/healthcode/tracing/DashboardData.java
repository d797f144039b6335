package org.healthcode.tracing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.healthcode.health.Color;
import org.healthcode.venue.VenueCategory;

/**
 * Figures for the officials' dashboard over the last {@code days} days (calendar days of
 * Asia/Shanghai, today included). Colours count every known person with the colour that
 * holds now.
 */
public record DashboardData(Instant generatedAt, int days, List<DayCount> checkInsPerDay,
		List<CategoryCount> checkInsPerCategory, List<ColorCount> colors, List<VenueCount> topVenues) {

	public record DayCount(LocalDate day, long count) {
	}

	public record CategoryCount(VenueCategory category, long count) {
	}

	public record ColorCount(Color color, long count) {
	}

	public record VenueCount(long venueId, String name, String divisionName, VenueCategory category, long count) {
	}

}
