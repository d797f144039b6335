package org.healthcode.support;

import java.security.PublicKey;
import java.security.interfaces.EdECPrivateKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * Ed25519 signing and verification over the keys of the {@link KeyRing}. The arithmetic
 * is Bouncy Castle's RFC 8032 implementation (several times faster than the JDK 17
 * provider, which matters: every scan verifies a venue code and signs a health code); the
 * signatures are standard Ed25519, so any verifier, the JDK's included, checks them.
 */
final class Ed25519Signatures implements Signer, Verifier {

	private static final int SIGNATURE_BYTES = 64;

	private final String activeKeyId;

	private final byte[] activeSeed;

	private final byte[] activePublicKey;

	private final Map<String, byte[]> rawPublicKeys = new LinkedHashMap<>();

	private final List<PublishedKey> published;

	Ed25519Signatures(KeyRing keys) {
		this.activeKeyId = keys.activeSigningKeyId();
		this.activeSeed = ((EdECPrivateKey) keys.activeSigningKey()).getBytes()
			.orElseThrow(() -> new IllegalStateException("The active Ed25519 key has no extractable seed"));
		// handing the public key to sign() saves deriving it again (a scalar
		// multiplication)
		// on every signature
		this.activePublicKey = new byte[Ed25519.PUBLIC_KEY_SIZE];
		Ed25519.generatePublicKey(this.activeSeed, 0, this.activePublicKey, 0);
		List<PublishedKey> keysToPublish = new ArrayList<>();
		for (Map.Entry<String, PublicKey> entry : keys.verificationKeys().entrySet()) {
			byte[] spki = entry.getValue().getEncoded();
			// Ed25519 SPKI is a fixed 12-byte header followed by the raw 32-byte key
			byte[] raw = Arrays.copyOfRange(spki, spki.length - 32, spki.length);
			this.rawPublicKeys.put(entry.getKey(), raw);
			keysToPublish.add(new PublishedKey(entry.getKey(), "Ed25519",
					Base64.getUrlEncoder().withoutPadding().encodeToString(raw),
					Base64.getEncoder().encodeToString(spki), entry.getKey().equals(this.activeKeyId)));
		}
		this.published = List.copyOf(keysToPublish);
	}

	@Override
	public Signature sign(byte[] payload) {
		byte[] signature = new byte[SIGNATURE_BYTES];
		Ed25519.sign(this.activeSeed, 0, this.activePublicKey, 0, payload, 0, payload.length, signature, 0);
		return new Signature(this.activeKeyId, signature);
	}

	@Override
	public String activeKeyId() {
		return this.activeKeyId;
	}

	@Override
	public Outcome verify(String keyId, byte[] payload, byte[] signature) {
		byte[] key = this.rawPublicKeys.get(keyId);
		if (key == null) {
			return Outcome.UNKNOWN_KEY;
		}
		if (signature == null || signature.length != SIGNATURE_BYTES) {
			return Outcome.BAD_SIGNATURE;
		}
		return Ed25519.verify(signature, 0, key, 0, payload, 0, payload.length) ? Outcome.VALID : Outcome.BAD_SIGNATURE;
	}

	@Override
	public List<PublishedKey> publishedKeys() {
		return this.published;
	}

}
