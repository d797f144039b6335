package org.healthcode.checkin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.healthcode.entry.Outcome;

import org.healthcode.health.Color;

/**
 * A venue's entries on one day (Asia/Shanghai) as its manager sees them: masked, counted
 * by colour and by hour, with every entry the door did not PASS listed apart as an alert.
 *
 * @param alertCount how many entries were RESTRICTED or REFUSED
 * @param byHour 24 counts, index 0 = 00:00–00:59
 * @param byEntrance counts by entrance, the venue's own code first
 */
public record VenueDay(long venueId, String venueName, LocalDate date, int total, Map<Color, Integer> byColor,
		List<Integer> byHour, List<Entry> entries, List<Entry> alerts, int alertCount, List<EntranceCount> byEntrance) {

	/**
	 * Entries through one entrance; {@code entranceId} null for the venue's own code.
	 * Empty when the venue has no entrances.
	 */
	public record EntranceCount(Long entranceId, String name, int count) {
	}

	/**
	 * One entry: when, who (masked), the colour shown at the door and the door's verdict
	 * (for entries from before verdicts were stored: what the colour alone says).
	 */
	public record Entry(long id, Instant at, String maskedName, Color color, boolean asCompanion, Outcome verdict) {
	}

	/** The largest hourly count, for scaling the chart. */
	public int busiestHour() {
		return this.byHour.stream().mapToInt(Integer::intValue).max().orElse(0);
	}

}
