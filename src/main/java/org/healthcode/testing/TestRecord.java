package org.healthcode.testing;

import java.time.Instant;

import org.healthcode.health.NatState;

/**
 * One test of a person as they see it in their record (核酸记录).
 *
 * @param state PENDING until reported; an INVALID tube shows as such in {@code result}
 * @param result the lab's word, null until reported
 * @param pooled whether the sample went into a pooled tube (混采)
 */
public record TestRecord(Instant sampledAt, NatState state, NatResult result, Instant testedAt, Instant reportedAt,
		boolean pooled) {
}
