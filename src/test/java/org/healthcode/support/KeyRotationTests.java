package org.healthcode.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;

import org.healthcode.support.SignedTokens.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Key rotation as an operator does it: a new key becomes active while the old one stays
 * listed (as a private key or as a retired public key) until it is removed.
 */
class KeyRotationTests {

	private static final String SECRET = Base64.getEncoder().encodeToString(new byte[32]);

	private final KeyPair oldKey = newKeyPair();

	private final KeyPair newKey = newKeyPair();

	private final byte[] payload = "v1|ref|GREEN|1|2|张*".getBytes(StandardCharsets.UTF_8);

	@Test
	void tokenOfAnOldKeyStillListedAsPrivateKeyVerifiesAfterRotation() {
		String token = tokens("k1", Map.of("k1", pkcs8(this.oldKey)), Map.of()).sign("health", this.payload);

		SignedTokens rotated = tokens("k2", Map.of("k1", pkcs8(this.oldKey), "k2", pkcs8(this.newKey)), Map.of());

		assertThat(rotated.verify("health", token).status()).isEqualTo(Status.VALID);
		assertThat(rotated.verify("health", token).payload()).isEqualTo(this.payload);
		assertThat(rotated.sign("health", this.payload)).contains(".k2.");
	}

	@Test
	void tokenOfARetiredKeyVerifiesFromItsPublicKeyAlone() {
		String token = tokens("k1", Map.of("k1", pkcs8(this.oldKey)), Map.of()).sign("health", this.payload);

		SignedTokens rotated = tokens("k2", Map.of("k2", pkcs8(this.newKey)), Map.of("k1", spki(this.oldKey)));

		assertThat(rotated.verify("health", token).status()).isEqualTo(Status.VALID);
	}

	@Test
	void tokenOfARemovedKeyIsFromAnUnknownKey() {
		String token = tokens("k1", Map.of("k1", pkcs8(this.oldKey)), Map.of()).sign("health", this.payload);

		SignedTokens removed = tokens("k2", Map.of("k2", pkcs8(this.newKey)), Map.of());

		assertThat(removed.verify("health", token).status()).isEqualTo(Status.UNKNOWN_KEY);
	}

	@Test
	void publishedKeysListTheActiveAndTheRetiredKeys() {
		Ed25519Signatures signatures = new Ed25519Signatures(
				ring("k2", Map.of("k2", pkcs8(this.newKey)), Map.of("k1", spki(this.oldKey))));

		assertThat(signatures.publishedKeys()).extracting(Verifier.PublishedKey::keyId, Verifier.PublishedKey::active)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("k2", true),
					org.assertj.core.groups.Tuple.tuple("k1", false));
	}

	private static SignedTokens tokens(String active, Map<String, String> privateKeys, Map<String, String> retired) {
		Ed25519Signatures signatures = new Ed25519Signatures(ring(active, privateKeys, retired));
		return new SignedTokens(signatures, signatures);
	}

	private static KeyRing ring(String active, Map<String, String> privateKeys, Map<String, String> retired) {
		KeyProperties keys = new KeyProperties(SECRET, SECRET, SECRET, active, privateKeys, retired);
		return new KeyRing(keys,
				new HealthCodeProperties(HealthCodeProperties.Mode.PRODUCTION, "http://localhost", Path.of(".")));
	}

	private static KeyPair newKeyPair() {
		try {
			return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String pkcs8(KeyPair pair) {
		return Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
	}

	private static String spki(KeyPair pair) {
		return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
	}

}
