package org.healthcode.checkin;

import java.time.Instant;

/**
 * A visit to look for contacts around: everyone at {@code venueId} within ±
 * {@code windowMinutes} of {@code at} (both ends included).
 */
public record ContactProbe(long venueId, Instant at, int windowMinutes) {

	public ContactProbe {
		if (windowMinutes < 0) {
			throw new IllegalArgumentException("A contact window cannot be negative");
		}
	}

}
