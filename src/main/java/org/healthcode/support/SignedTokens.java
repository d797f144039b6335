package org.healthcode.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Compact Ed25519-signed tokens, short enough for a QR code and a URL path:
 * {@code <payload>.<keyId>.<signature>}, payload and signature base64url without padding.
 * The signature covers a purpose label ("venue", "health", ...), the key id and the
 * payload, so a token made for one purpose never passes as another and its key id cannot
 * be swapped. What the payload means is the caller's business.
 */
@Component
public class SignedTokens {

	/**
	 * An Ed25519 signature is 64 bytes: 86 base64url characters, the last one carrying
	 * two bits and four zero bits, so only A, Q, g or w can end it.
	 */
	private static final Pattern SHAPE = Pattern
		.compile("[A-Za-z0-9_-]{1,1024}\\.[A-Za-z0-9_-]{1,40}\\.[A-Za-z0-9_-]{85}[AQgw]");

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final Signer signer;

	private final Verifier verifier;

	SignedTokens(Signer signer, Verifier verifier) {
		this.signer = signer;
		this.verifier = verifier;
	}

	public String sign(String purpose, byte[] payload) {
		String encodedPayload = ENCODER.encodeToString(payload);
		String keyId = this.signer.activeKeyId();
		Signer.Signature signature = this.signer.sign(signedBytes(purpose, keyId, encodedPayload));
		return encodedPayload + "." + signature.keyId() + "." + ENCODER.encodeToString(signature.bytes());
	}

	/**
	 * Checks a token's shape and signature; the payload is returned only when both hold.
	 * Only the canonical spelling passes: base64url without padding whose unused low bits
	 * are zero, so one token has exactly one text.
	 */
	public Decoded verify(String purpose, String token) {
		if (token == null || !SHAPE.matcher(token).matches()) {
			return new Decoded(Status.MALFORMED, null, null);
		}
		String[] parts = token.split("\\.");
		byte[] payload = canonical(parts[0]);
		byte[] signature = canonical(parts[2]);
		if (payload == null || signature == null) {
			return new Decoded(Status.MALFORMED, null, null);
		}
		Verifier.Outcome outcome = this.verifier.verify(parts[1], signedBytes(purpose, parts[1], parts[0]), signature);
		return switch (outcome) {
			case VALID -> new Decoded(Status.VALID, payload, parts[1]);
			case UNKNOWN_KEY -> new Decoded(Status.UNKNOWN_KEY, null, parts[1]);
			case BAD_SIGNATURE -> new Decoded(Status.BAD_SIGNATURE, null, parts[1]);
		};
	}

	/**
	 * The bytes of a base64url text, or null unless it is their one canonical spelling.
	 */
	private static byte[] canonical(String text) {
		try {
			byte[] bytes = DECODER.decode(text);
			return ENCODER.encodeToString(bytes).equals(text) ? bytes : null;
		}
		catch (IllegalArgumentException ex) {
			// a length no byte string has (4n + 1 characters)
			return null;
		}
	}

	private static byte[] signedBytes(String purpose, String keyId, String encodedPayload) {
		return ("healthcode/" + purpose + "/" + keyId + "/" + encodedPayload).getBytes(StandardCharsets.US_ASCII);
	}

	public enum Status {

		VALID, MALFORMED, UNKNOWN_KEY, BAD_SIGNATURE

	}

	/** The outcome of a check; {@code payload} is null unless {@code status} is VALID. */
	public record Decoded(Status status, byte[] payload, String keyId) {

		public boolean valid() {
			return this.status == Status.VALID;
		}

	}

}
