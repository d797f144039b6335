package org.healthcode.checkin;

import java.time.Instant;

/**
 * One person's entry into one venue. {@code madeByAccount} is the resident who scanned;
 * for a companion's entry {@code asCompanion} is true and {@code personId} is the
 * companion. {@code color} is the health-code colour shown at the door.
 */
public record CheckIn(long id, long venueId, Instant at, long personId, long madeByAccount, boolean asCompanion,
		Channel channel, String color) {
}
