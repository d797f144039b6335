package org.healthcode.health;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * What a health-code token says, as compact UTF-8 text (docs/verification.md). Version 2,
 * issued now:
 * {@code v2|<publicRef>|<COLOR>|<issued>|<expires>|<NAT_STATE>|<NAT_AGE>|<VACCINATION>|<maskedName>}
 * ({@code NAT_AGE} empty without a test). Version 1 tokens, still read until they expire,
 * lack the three health-record fields:
 * {@code v1|<publicRef>|<COLOR>|<issued>|<expires>|<maskedName>}. It names the person
 * only by an opaque random reference and the masked name, never by the ID number.
 *
 * @param natState the latest test at issue (null in a v1 token)
 * @param natAge how old that test was at issue (null in a v1 token or without a test)
 * @param vaccination the vaccination state at issue (null in a v1 token)
 */
record HealthTokenPayload(String version, String publicRef, Color color, Instant issuedAt, Instant expiresAt,
		NatState natState, NatAge natAge, VaccinationState vaccination, String maskedName) {

	static final String V1 = "v1";

	static final String V2 = "v2";

	/** A version 2 payload, the one issued. */
	static HealthTokenPayload v2(String publicRef, Color color, Instant issuedAt, Instant expiresAt, NatSummary nat,
			VaccinationSummary vaccination, String maskedName) {
		return new HealthTokenPayload(V2, publicRef, color, issuedAt, expiresAt, nat.state(),
				nat.state() == NatState.NONE ? null : nat.age(), vaccination.state(), maskedName);
	}

	/** A version 1 payload, as issued before health-record fields were added. */
	static HealthTokenPayload v1(String publicRef, Color color, Instant issuedAt, Instant expiresAt,
			String maskedName) {
		return new HealthTokenPayload(V1, publicRef, color, issuedAt, expiresAt, null, null, null, maskedName);
	}

	byte[] encode() {
		String issued = Long.toString(this.issuedAt.getEpochSecond());
		String expires = Long.toString(this.expiresAt.getEpochSecond());
		String text = V1.equals(this.version)
				? String.join("|", V1, this.publicRef, this.color.name(), issued, expires, this.maskedName)
				: String.join("|", V2, this.publicRef, this.color.name(), issued, expires, this.natState.name(),
						this.natAge == null ? "" : this.natAge.name(), this.vaccination.name(), this.maskedName);
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Reads a payload whose signature was checked; null if it is neither a well-formed v1
	 * nor v2 payload.
	 */
	static HealthTokenPayload decode(byte[] bytes) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		try {
			if (text.startsWith(V1 + "|")) {
				String[] f = text.split("\\|", 6);
				return (f.length != 6) ? null : v1(f[1], Color.valueOf(f[2]), epoch(f[3]), epoch(f[4]), f[5]);
			}
			if (text.startsWith(V2 + "|")) {
				String[] f = text.split("\\|", 9);
				if (f.length != 9) {
					return null;
				}
				NatState nat = NatState.valueOf(f[5]);
				// an age exactly when there is a test: one spelling per meaning
				if (f[6].isEmpty() != (nat == NatState.NONE)) {
					return null;
				}
				return new HealthTokenPayload(V2, f[1], Color.valueOf(f[2]), epoch(f[3]), epoch(f[4]), nat,
						f[6].isEmpty() ? null : NatAge.valueOf(f[6]), VaccinationState.valueOf(f[7]), f[8]);
			}
			return null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Instant epoch(String seconds) {
		return Instant.ofEpochSecond(Long.parseLong(seconds));
	}

}
