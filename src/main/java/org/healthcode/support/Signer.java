package org.healthcode.support;

/**
 * Signs token payloads with the active Ed25519 key. The only way modules create
 * signatures.
 */
public interface Signer {

	/** Signs with the active key; the signature names it. */
	Signature sign(byte[] payload);

	/** Id of the key that signs now, to be bound into what is signed. */
	String activeKeyId();

	/** A signature and the id of the key that made it. */
	record Signature(String keyId, byte[] bytes) {

		public Signature {
			bytes = bytes.clone();
		}

		@Override
		public byte[] bytes() {
			return this.bytes.clone();
		}

	}

}
