package org.healthcode.health;

import java.time.Instant;

/**
 * The latest nucleic-acid test of a person, as shown with the health code.
 *
 * @param sampledAt when the sample was taken (null for NONE)
 * @param reportedAt when the lab reported it (null while PENDING)
 * @param age from the sampling time (null for NONE)
 */
public record NatSummary(NatState state, Instant sampledAt, Instant reportedAt, NatAge age) {

	public static final NatSummary NONE = new NatSummary(NatState.NONE, null, null, null);

}
