package org.healthcode.checkin;

import java.time.Instant;

/**
 * One person's entry into one venue. {@code madeByAccount} is the resident who scanned;
 * for a companion's entry {@code asCompanion} is true and {@code personId} is the
 * companion. {@code color} is the health-code colour shown at the door, {@code verdict}
 * the door's PASS, RESTRICTED or REFUSED under the entry rule then (null for entries made
 * before verdicts were stored).
 */
public record CheckIn(long id, long venueId, Instant at, long personId, long madeByAccount, boolean asCompanion,
		Channel channel, String color, String verdict) {
}
