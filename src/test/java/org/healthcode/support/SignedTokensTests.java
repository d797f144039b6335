package org.healthcode.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;

import org.healthcode.support.SignedTokens.Status;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A token has one spelling; any other text is malformed, never an error. */
class SignedTokensTests {

	private static final String SECRET = Base64.getEncoder().encodeToString(new byte[32]);

	private final SignedTokens tokens = tokens();

	private final String token = this.tokens.sign("health", "v1|ref|GREEN|1|2|张*".getBytes(StandardCharsets.UTF_8));

	@Test
	void theCanonicalTokenVerifies() {
		assertThat(this.tokens.verify("health", this.token).status()).isEqualTo(Status.VALID);
	}

	@Test
	void signaturesOfAnyOtherLengthAreMalformed() {
		String signature = this.token.substring(this.token.lastIndexOf('.') + 1);
		String head = this.token.substring(0, this.token.lastIndexOf('.') + 1);
		assertThat(signature).hasSize(86);

		for (int length : new int[] { 81, 84, 85, 87, 88, 89, 93, 97 }) {
			String odd = head + (signature + "AAAAAAAAAAAA").substring(0, length);
			assertThat(this.tokens.verify("health", odd).status()).as("length " + length).isEqualTo(Status.MALFORMED);
		}
	}

	@Test
	void anotherSpellingOfTheSameSignatureBytesIsMalformed() {
		// the last character carries 2 bits of the signature and 4 unused bits: setting
		// an
		// unused bit decodes to the same bytes
		char last = this.token.charAt(this.token.length() - 1);
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
		char sibling = alphabet.charAt(alphabet.indexOf(last) | 1);
		String respelled = this.token.substring(0, this.token.length() - 1) + sibling;

		assertThat(Base64.getUrlDecoder().decode(respelled.substring(respelled.lastIndexOf('.') + 1)))
			.isEqualTo(Base64.getUrlDecoder().decode(this.token.substring(this.token.lastIndexOf('.') + 1)));
		assertThat(this.tokens.verify("health", respelled).status()).isEqualTo(Status.MALFORMED);
	}

	@Test
	void aPayloadOfImpossibleLengthIsMalformed() {
		String odd = "AAAAA" + this.token.substring(this.token.indexOf('.'));

		assertThat(this.tokens.verify("health", odd).status()).isEqualTo(Status.MALFORMED);
	}

	private static SignedTokens tokens() {
		try {
			String key = Base64.getEncoder()
				.encodeToString(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate().getEncoded());
			KeyRing ring = new KeyRing(new KeyProperties(SECRET, SECRET, SECRET, "k1", Map.of("k1", key), Map.of()),
					new HealthCodeProperties(HealthCodeProperties.Mode.PRODUCTION, "http://localhost", Path.of(".")));
			Ed25519Signatures signatures = new Ed25519Signatures(ring);
			return new SignedTokens(signatures, signatures);
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
