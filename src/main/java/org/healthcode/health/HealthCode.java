package org.healthcode.health;

import java.time.Instant;

/**
 * A person's health code as shown on their phone: colour, masked identity and a freshly
 * signed token for the QR.
 *
 * @param token Ed25519-signed, valid until {@code tokenExpiresAt}
 * @param refreshSeconds when the screen should fetch a new token
 * @param updatedAt when the status was set (null if never assessed)
 * @param statusExpiresAt when the colour changes by rule (null if it stays)
 * @param nat the latest nucleic-acid test
 * @param vaccination the doses on record
 */
public record HealthCode(Color color, String maskedName, String maskedIdNumber, String token, Instant issuedAt,
		Instant tokenExpiresAt, long refreshSeconds, Instant updatedAt, Instant statusExpiresAt, Color nextColor,
		NatSummary nat, VaccinationSummary vaccination) {
}
