package org.healthcode.tracing;

import java.time.Instant;

import org.healthcode.health.Color;

/**
 * One check-in of a traced person.
 *
 * @param asCompanion true when someone else scanned for the person (the person was their
 * companion)
 * @param colorAtDoor the colour the person's code had at the entry
 */
public record TrajectoryEntry(long checkInId, Instant at, VenueRef venue, boolean asCompanion, Color colorAtDoor) {
}
