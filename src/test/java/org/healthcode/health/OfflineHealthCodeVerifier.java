package org.healthcode.health;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How a staff scanner or a channel checks a health-code token without the server, using
 * only the published public keys ({@code GET /api/v1/keys}) and the plain JDK (15+).
 * Deliberately free of any HealthCode class: it follows docs/verification.md, so it
 * proves that document complete.
 */
public final class OfflineHealthCodeVerifier {

	private static final Pattern SHAPE = Pattern
		.compile("[A-Za-z0-9_-]{1,1024}\\.[A-Za-z0-9_-]{1,40}\\.[A-Za-z0-9_-]{80,100}");

	/** DER header of an Ed25519 SubjectPublicKeyInfo; the raw 32-byte key follows it. */
	private static final byte[] SPKI_PREFIX = { 0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21,
			0x00 };

	private final Map<String, PublicKey> keys = new HashMap<>();

	/** Adds a key as published in {@code publicKey}: raw 32 bytes, base64url. */
	public OfflineHealthCodeVerifier withRawKey(String keyId, String rawBase64Url) {
		byte[] raw = Base64.getUrlDecoder().decode(rawBase64Url);
		byte[] spki = new byte[SPKI_PREFIX.length + raw.length];
		System.arraycopy(SPKI_PREFIX, 0, spki, 0, SPKI_PREFIX.length);
		System.arraycopy(raw, 0, spki, SPKI_PREFIX.length, raw.length);
		this.keys.put(keyId, publicKey(spki));
		return this;
	}

	/**
	 * Adds a key as published in {@code spki}: X.509 SubjectPublicKeyInfo DER, base64.
	 */
	public OfflineHealthCodeVerifier withSpkiKey(String keyId, String spkiBase64) {
		this.keys.put(keyId, publicKey(Base64.getDecoder().decode(spkiBase64)));
		return this;
	}

	public Result verify(String token, Instant now) {
		if (token == null || !SHAPE.matcher(token).matches()) {
			return Result.of(Outcome.INVALID);
		}
		String[] parts = token.split("\\.");
		PublicKey key = this.keys.get(parts[1]);
		if (key == null) {
			return Result.of(Outcome.UNKNOWN_KEY);
		}
		byte[] signed = ("healthcode/health/" + parts[1] + "/" + parts[0]).getBytes(StandardCharsets.US_ASCII);
		try {
			Signature ed25519 = Signature.getInstance("Ed25519");
			ed25519.initVerify(key);
			ed25519.update(signed);
			if (!ed25519.verify(Base64.getUrlDecoder().decode(parts[2]))) {
				return Result.of(Outcome.INVALID);
			}
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return Result.of(Outcome.INVALID);
		}
		String text = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
		// v1: version|ref|colour|issued|expires|name; v2 adds
		// nat-state|nat-age|vaccination
		// before the name, which is always last
		int count = text.startsWith("v2|") ? 9 : 6;
		String[] fields = text.split("\\|", count);
		if (fields.length != count || !fields[0].equals(count == 9 ? "v2" : "v1")) {
			return Result.of(Outcome.INVALID);
		}
		Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(fields[4]));
		Outcome outcome = now.isBefore(expiresAt) ? Outcome.VALID : Outcome.EXPIRED;
		return (count == 9)
				? new Result(outcome, fields[2], fields[8], expiresAt, fields[5],
						fields[6].isEmpty() ? null : fields[6], fields[7])
				: new Result(outcome, fields[2], fields[5], expiresAt, null, null, null);
	}

	private static PublicKey publicKey(byte[] spki) {
		try {
			return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException("Not an Ed25519 public key", ex);
		}
	}

	public enum Outcome {

		VALID, EXPIRED, INVALID, UNKNOWN_KEY

	}

	/**
	 * Colour and masked name are set when the signature held (VALID or EXPIRED); the test
	 * and vaccination only from a v2 token ({@code natAge} null without a test).
	 */
	public record Result(Outcome outcome, String color, String maskedName, Instant expiresAt, String natState,
			String natAge, String vaccination) {

		static Result of(Outcome outcome) {
			return new Result(outcome, null, null, null, null, null, null);
		}

	}

}
