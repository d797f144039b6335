package org.healthcode.tracing;

import java.time.Instant;

import org.healthcode.health.Color;

/**
 * One check-in at an exposed venue: who (masked, with the colour now), when, and the
 * colour at the door.
 */
public record ExposureEntry(PersonRef person, Instant at, boolean asCompanion, Color colorAtDoor) {
}
