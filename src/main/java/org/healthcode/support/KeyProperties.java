package org.healthcode.support;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Key material from configuration or the environment (e.g.
 * {@code HEALTHCODE_KEYS_PIIENCRYPTION}), all base64. In DEMO mode missing keys are
 * generated into the data folder; PRODUCTION refuses to start without them.
 *
 * @param piiEncryption 32-byte AES key for personal data at rest
 * @param blindIndex 32-byte HMAC key for look-up indexes of personal data
 * @param accessToken 32-byte HMAC key for API bearer tokens
 * @param signingActive id of the Ed25519 key that signs new tokens
 * @param signingPrivate key id to PKCS#8 private key; every listed key also verifies
 * @param signingRetired key id to X.509 public key of retired keys that still verify
 * until removed
 */
@ConfigurationProperties("healthcode.keys")
public record KeyProperties(String piiEncryption, String blindIndex, String accessToken, String signingActive,
		@DefaultValue Map<String, String> signingPrivate, @DefaultValue Map<String, String> signingRetired) {

	boolean complete() {
		return notBlank(this.piiEncryption) && notBlank(this.blindIndex) && notBlank(this.accessToken)
				&& notBlank(this.signingActive) && this.signingPrivate.containsKey(this.signingActive);
	}

	private static boolean notBlank(String value) {
		return value != null && !value.isBlank();
	}

}
