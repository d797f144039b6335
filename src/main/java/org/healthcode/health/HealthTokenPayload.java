package org.healthcode.health;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * What a health-code token says, as compact UTF-8 text:
 * {@code v1|<publicRef>|<COLOR>|<issuedEpochSeconds>|<expiresEpochSeconds>|<maskedName>}.
 * It names the person only by an opaque random reference and the masked name, never by
 * the ID number.
 */
record HealthTokenPayload(String publicRef, Color color, Instant issuedAt, Instant expiresAt, String maskedName) {

	private static final String VERSION = "v1";

	byte[] encode() {
		return String
			.join("|", VERSION, this.publicRef, this.color.name(), Long.toString(this.issuedAt.getEpochSecond()),
					Long.toString(this.expiresAt.getEpochSecond()), this.maskedName)
			.getBytes(StandardCharsets.UTF_8);
	}

	/** Reads a payload whose signature was checked; null if it is not a v1 payload. */
	static HealthTokenPayload decode(byte[] bytes) {
		String[] fields = new String(bytes, StandardCharsets.UTF_8).split("\\|", 6);
		if (fields.length != 6 || !VERSION.equals(fields[0])) {
			return null;
		}
		try {
			return new HealthTokenPayload(fields[1], Color.valueOf(fields[2]),
					Instant.ofEpochSecond(Long.parseLong(fields[3])), Instant.ofEpochSecond(Long.parseLong(fields[4])),
					fields[5]);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
