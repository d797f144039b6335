package org.healthcode.support;

import java.util.List;

/** Checks Ed25519 signatures against the active and not yet retired keys. */
public interface Verifier {

	Outcome verify(String keyId, byte[] payload, byte[] signature);

	/**
	 * The public keys that verify tokens, for channels and staff scanners that check
	 * offline.
	 */
	List<PublishedKey> publishedKeys();

	enum Outcome {

		VALID, UNKNOWN_KEY, BAD_SIGNATURE

	}

	/**
	 * @param keyId id carried in every signed token
	 * @param algorithm always {@code Ed25519}
	 * @param publicKey raw 32-byte public key, base64url without padding
	 * @param spki X.509 SubjectPublicKeyInfo DER, base64 (what {@code KeyFactory} reads)
	 * @param active whether the key signs new tokens
	 */
	record PublishedKey(String keyId, String algorithm, String publicKey, String spki, boolean active) {
	}

}
