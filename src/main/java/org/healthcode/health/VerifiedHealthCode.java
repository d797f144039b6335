package org.healthcode.health;

import java.time.Instant;

/** A health-code token that passed the signature and expiry checks. */
public record VerifiedHealthCode(Color color, String maskedName, Instant issuedAt, Instant expiresAt, String keyId) {
}
