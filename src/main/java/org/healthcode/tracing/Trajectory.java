package org.healthcode.tracing;

import java.time.Instant;
import java.util.List;

/** A person's check-ins in {@code [from, to)}, oldest first. */
public record Trajectory(PersonRef person, Instant from, Instant to, List<TrajectoryEntry> entries) {
}
