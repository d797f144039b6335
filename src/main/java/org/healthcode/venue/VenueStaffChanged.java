package org.healthcode.venue;

import java.time.Instant;

/** A venue's manager added or removed a guard. */
public record VenueStaffChanged(Instant at, long managerAccountId, long venueId, long staffAccountId, boolean added) {
}
