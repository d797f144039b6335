package org.healthcode.testing;

import java.time.Instant;

import org.healthcode.person.PersonId;

/**
 * One person's sample in a reported tube, as other modules may know it (no tube code, no
 * site).
 *
 * @param pooled whether the tube held more than one person (混采)
 */
public record ReportedSample(PersonId personId, NatResult result, boolean pooled, Instant sampledAt) {
}
