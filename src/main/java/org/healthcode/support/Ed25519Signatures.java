package org.healthcode.support;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Ed25519 signing and verification over the keys of the {@link KeyRing}. */
final class Ed25519Signatures implements Signer, Verifier {

	private final KeyRing keys;

	Ed25519Signatures(KeyRing keys) {
		this.keys = keys;
	}

	@Override
	public Signature sign(byte[] payload) {
		try {
			java.security.Signature signature = java.security.Signature.getInstance("Ed25519");
			signature.initSign(this.keys.activeSigningKey());
			signature.update(payload);
			return new Signature(this.keys.activeSigningKeyId(), signature.sign());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Ed25519 signing failed", ex);
		}
	}

	@Override
	public String activeKeyId() {
		return this.keys.activeSigningKeyId();
	}

	@Override
	public Outcome verify(String keyId, byte[] payload, byte[] signatureBytes) {
		PublicKey key = this.keys.verificationKeys().get(keyId);
		if (key == null) {
			return Outcome.UNKNOWN_KEY;
		}
		try {
			java.security.Signature signature = java.security.Signature.getInstance("Ed25519");
			signature.initVerify(key);
			signature.update(payload);
			return signature.verify(signatureBytes) ? Outcome.VALID : Outcome.BAD_SIGNATURE;
		}
		catch (GeneralSecurityException ex) {
			// a malformed signature is just a bad one
			return Outcome.BAD_SIGNATURE;
		}
	}

	@Override
	public List<PublishedKey> publishedKeys() {
		List<PublishedKey> published = new ArrayList<>();
		for (Map.Entry<String, PublicKey> entry : this.keys.verificationKeys().entrySet()) {
			byte[] spki = entry.getValue().getEncoded();
			// Ed25519 SPKI is a fixed 12-byte header followed by the raw 32-byte key
			byte[] raw = Arrays.copyOfRange(spki, spki.length - 32, spki.length);
			published.add(new PublishedKey(entry.getKey(), "Ed25519", Base64.getUrlEncoder().withoutPadding().encodeToString(raw),
					Base64.getEncoder().encodeToString(spki), entry.getKey().equals(this.keys.activeSigningKeyId())));
		}
		return List.copyOf(published);
	}

}
