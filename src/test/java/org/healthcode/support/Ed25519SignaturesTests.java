package org.healthcode.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class Ed25519SignaturesTests {

	@TempDir
	Path dataDir;

	@Test
	void theDerivedPublicKeyVerifiesWhatThePrivateKeySigned() throws Exception {
		var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		byte[] message = "场所码".getBytes(StandardCharsets.UTF_8);
		Signature signer = Signature.getInstance("Ed25519");
		signer.initSign(pair.getPrivate());
		signer.update(message);
		byte[] signature = signer.sign();

		Signature verifier = Signature.getInstance("Ed25519");
		verifier.initVerify(Ed25519Keys.publicKeyOf(pair.getPrivate()));
		verifier.update(message);

		assertThat(verifier.verify(signature)).isTrue();
		assertThat(Ed25519Keys.publicKeyOf(pair.getPrivate()).getEncoded()).isEqualTo(pair.getPublic().getEncoded());
	}

	@Test
	void signsVerifiesAndPublishesTheKeyForOfflineChecks() throws Exception {
		Ed25519Signatures signatures = new Ed25519Signatures(demoKeys());
		byte[] payload = "v1|42".getBytes(StandardCharsets.US_ASCII);

		Signer.Signature signature = signatures.sign(payload);

		assertThat(signatures.verify(signature.keyId(), payload, signature.bytes())).isEqualTo(Verifier.Outcome.VALID);
		byte[] altered = "v1|43".getBytes(StandardCharsets.US_ASCII);
		assertThat(signatures.verify(signature.keyId(), altered, signature.bytes()))
			.isEqualTo(Verifier.Outcome.BAD_SIGNATURE);
		assertThat(signatures.verify("other", payload, signature.bytes())).isEqualTo(Verifier.Outcome.UNKNOWN_KEY);
		assertThat(signatures.verify(signature.keyId(), payload, new byte[3]))
			.isEqualTo(Verifier.Outcome.BAD_SIGNATURE);

		Verifier.PublishedKey published = signatures.publishedKeys().get(0);
		var publicKey = KeyFactory.getInstance("Ed25519")
			.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(published.spki())));
		Signature offline = Signature.getInstance("Ed25519");
		offline.initVerify(publicKey);
		offline.update(payload);
		assertThat(offline.verify(signature.bytes())).isTrue();
		assertThat(Base64.getUrlDecoder().decode(published.publicKey())).hasSize(32);
		assertThat(published.active()).isTrue();
	}

	@Test
	void demoKeysAreGeneratedOnceAndKeptInTheDataFolder() {
		KeyRing first = demoKeys();
		KeyRing second = demoKeys();

		assertThat(second.piiEncryptionKey().getEncoded()).isEqualTo(first.piiEncryptionKey().getEncoded());
		assertThat(second.activeSigningKeyId()).isEqualTo(first.activeSigningKeyId());
		assertThat(this.dataDir.resolve("keys.properties")).exists();
	}

	@Test
	void productionRefusesToStartWithoutKeys() {
		HealthCodeProperties production = new HealthCodeProperties(HealthCodeProperties.Mode.PRODUCTION, "https://x",
				this.dataDir);

		assertThatIllegalStateException()
			.isThrownBy(() -> new KeyRing(new KeyProperties(null, null, null, null, Map.of(), Map.of()), production))
			.withMessageContaining("PRODUCTION");
		assertThat(this.dataDir.resolve("keys.properties")).doesNotExist();
	}

	private KeyRing demoKeys() {
		return new KeyRing(new KeyProperties(null, null, null, null, Map.of(), Map.of()),
				new HealthCodeProperties(HealthCodeProperties.Mode.DEMO, "http://localhost:8080", this.dataDir));
	}

}
