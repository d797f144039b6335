package org.healthcode.tracing;

import java.time.Instant;

/**
 * A contact's check-in close to a check-in of the case (degree 1) or of a first-degree
 * contact (degree 2) at the same venue.
 *
 * @param viaPersonId whose check-in it was close to: the case, or the first-degree
 * contact
 * @param viaAt that person's check-in time
 * @param contactAt the contact's check-in time
 * @param windowMinutes the contact window that applied (the venue's, or the request's
 * override)
 * @param overlapMinutes {@code windowMinutes - |contactAt - viaAt|} in whole minutes: how
 * long the two stayed together if each stayed the window's length from their check-in; 0
 * at the window's edge
 */
public record Encounter(VenueRef venue, long viaPersonId, Instant viaAt, Instant contactAt, int windowMinutes,
		int overlapMinutes) {
}
