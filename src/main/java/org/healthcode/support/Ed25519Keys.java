package org.healthcode.support;

import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;

/** Ed25519 helpers the JDK lacks. */
final class Ed25519Keys {

	private Ed25519Keys() {
	}

	/**
	 * The public key of a private key. The JDK cannot derive it directly, but its
	 * generator turns 32 random bytes into a key pair deterministically, so feeding it
	 * the private seed re-creates the pair.
	 */
	static PublicKey publicKeyOf(PrivateKey privateKey) {
		byte[] seed = ((EdECPrivateKey) privateKey).getBytes()
			.orElseThrow(() -> new IllegalStateException("Ed25519 private key has no extractable seed"));
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
			generator.initialize(NamedParameterSpec.ED25519, new FixedSeed(seed));
			return generator.generateKeyPair().getPublic();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Ed25519 is not available in this JDK", ex);
		}
	}

	/**
	 * A "random" source that yields one given seed: used only to rebuild a known key
	 * pair.
	 */
	private static final class FixedSeed extends SecureRandom {

		private final byte[] seed;

		FixedSeed(byte[] seed) {
			this.seed = seed.clone();
		}

		@Override
		public void nextBytes(byte[] bytes) {
			if (bytes.length != this.seed.length) {
				throw new IllegalStateException("Unexpected request for " + bytes.length + " bytes");
			}
			System.arraycopy(this.seed, 0, bytes, 0, bytes.length);
		}

	}

}
