package org.healthcode.tracing;

import java.time.Instant;
import java.util.List;

/**
 * Everyone who checked in at a venue in {@code [from, to)}, oldest first; {@code persons}
 * counts distinct people.
 */
public record Exposure(VenueRef venue, Instant from, Instant to, int persons, List<ExposureEntry> entries) {
}
