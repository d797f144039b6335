package org.healthcode.support;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * All key material, loaded and checked once at start-up. Modules get purpose-bound keys
 * or use {@link Signer} / {@link Verifier}; nothing else reads configuration for keys.
 */
public final class KeyRing {

	private final SecretKey piiEncryption;

	private final SecretKey blindIndex;

	private final SecretKey accessToken;

	private final String activeSigningKeyId;

	private final PrivateKey activeSigningKey;

	private final Map<String, PublicKey> verificationKeys;

	private final String restoreHint;

	KeyRing(KeyProperties configured, HealthCodeProperties platform) {
		KeyProperties keys = configured;
		String hint = "set healthcode.keys.* (or the HEALTHCODE_KEYS_* variables) to the keys this database was written with";
		if (!configured.complete()) {
			if (!platform.demo()) {
				throw new IllegalStateException(
						"PRODUCTION mode needs configured keys: set healthcode.keys.pii-encryption, "
								+ "blind-index, access-token, signing-active and signing-private.<id> (see README, Configuration)");
			}
			keys = DemoKeyFile.loadOrCreate(platform.dataDir());
			hint = "restore the demo key file " + DemoKeyFile.pathIn(platform.dataDir()).toAbsolutePath()
					+ " from a backup made together with this database (or configure healthcode.keys.* with its keys)";
		}
		this.restoreHint = hint;
		this.piiEncryption = secret(keys.piiEncryption(), "AES", "pii-encryption");
		this.blindIndex = secret(keys.blindIndex(), "HmacSHA256", "blind-index");
		this.accessToken = secret(keys.accessToken(), "HmacSHA256", "access-token");
		this.activeSigningKeyId = keys.signingActive();
		Map<String, PublicKey> verifying = new LinkedHashMap<>();
		PrivateKey active = null;
		for (Map.Entry<String, String> entry : keys.signingPrivate().entrySet()) {
			PrivateKey privateKey = privateKey(entry.getValue(), entry.getKey());
			verifying.put(entry.getKey(), Ed25519Keys.publicKeyOf(privateKey));
			if (entry.getKey().equals(this.activeSigningKeyId)) {
				active = privateKey;
			}
		}
		keys.signingRetired().forEach((id, encoded) -> verifying.putIfAbsent(id, publicKey(encoded, id)));
		this.activeSigningKey = active;
		this.verificationKeys = Collections.unmodifiableMap(verifying);
	}

	public SecretKey piiEncryptionKey() {
		return this.piiEncryption;
	}

	public SecretKey blindIndexKey() {
		return this.blindIndex;
	}

	public SecretKey accessTokenKey() {
		return this.accessToken;
	}

	String activeSigningKeyId() {
		return this.activeSigningKeyId;
	}

	PrivateKey activeSigningKey() {
		return this.activeSigningKey;
	}

	Map<String, PublicKey> verificationKeys() {
		return this.verificationKeys;
	}

	/** What to do when the database was written with other keys than these. */
	String restoreHint() {
		return this.restoreHint;
	}

	private static SecretKey secret(String base64, String algorithm, String name) {
		byte[] bytes = decode(base64, name);
		if (bytes.length != 32) {
			throw new IllegalStateException("Key healthcode.keys." + name + " must be 32 bytes, base64-encoded");
		}
		return new SecretKeySpec(bytes, algorithm);
	}

	private static PrivateKey privateKey(String base64, String id) {
		try {
			return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(decode(base64, id)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Signing key " + id + " is not an Ed25519 PKCS#8 key", ex);
		}
	}

	private static PublicKey publicKey(String base64, String id) {
		try {
			return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(decode(base64, id)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Retired key " + id + " is not an Ed25519 X.509 public key", ex);
		}
	}

	private static byte[] decode(String base64, String name) {
		try {
			return Base64.getDecoder().decode(base64.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("Key " + name + " is not valid base64", ex);
		}
	}

}
