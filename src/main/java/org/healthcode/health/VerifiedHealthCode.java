package org.healthcode.health;

import java.time.Instant;

/**
 * A health-code token that passed the signature and expiry checks.
 *
 * @param version {@code v1} or {@code v2} (docs/verification.md)
 * @param natState the latest nucleic-acid test when the token was issued (null in v1)
 * @param natAge its age bucket then (null in v1, or without a test)
 * @param vaccination the vaccination state then (null in v1)
 */
public record VerifiedHealthCode(Color color, String maskedName, Instant issuedAt, Instant expiresAt, String keyId,
		String version, NatState natState, NatAge natAge, VaccinationState vaccination) {

	/** Whether the token carries the NAT and vaccination fields (v2 and later). */
	public boolean carriesHealthRecord() {
		return this.natState != null;
	}

}
