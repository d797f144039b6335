package org.healthcode.testing;

import java.time.Instant;

/**
 * A sampler opened or closed a tube (the audit records it; samples are audited per person
 * as {@code PersonalDataAccessed}).
 *
 * @param action {@code NAT_TUBE_OPENED} or {@code NAT_TUBE_CLOSED}
 * @param tubeCode the tube's printed barcode (not personal data)
 */
public record TubeChanged(String action, String tubeCode, String actorRole, long actorAccountId, Instant at) {
}
