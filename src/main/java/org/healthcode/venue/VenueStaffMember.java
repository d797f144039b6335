package org.healthcode.venue;

import java.time.Instant;

/** A guard of a venue as its manager sees them: the phone masked. */
public record VenueStaffMember(long accountId, String phone, Instant addedAt) {
}
