package org.healthcode.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import org.healthcode.support.KeyRing;

import org.springframework.stereotype.Component;

/**
 * Encrypts personal data for storage: AES-256-GCM, a fresh 96-bit nonce per value, stored
 * as {@code version || nonce || ciphertext+tag}. The field's purpose is bound as
 * associated data, so a phone number's ciphertext cannot be passed off as a name.
 */
@Component
public class PiiCipher {

	private static final byte VERSION = 1;

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKey key;

	private final SecureRandom random = new SecureRandom();

	/**
	 * One cipher object per thread, initialised afresh for every value: looking the
	 * transformation up in the providers each time cost more than the AES itself.
	 */
	private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(PiiCipher::newCipher);

	PiiCipher(KeyRing keys) {
		this.key = keys.piiEncryptionKey();
	}

	public byte[] encrypt(PiiField field, String plain) {
		return encryptBytes(field, plain.getBytes(StandardCharsets.UTF_8));
	}

	/** Encrypts binary personal data (an appeal's attachment) like text. */
	public byte[] encryptBytes(PiiField field, byte[] plain) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = this.ciphers.get();
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(field.associatedData());
			byte[] sealed = cipher.doFinal(plain);
			return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM encryption failed", ex);
		}
	}

	public String decrypt(PiiField field, byte[] stored) {
		return new String(decryptBytes(field, stored), StandardCharsets.UTF_8);
	}

	/** Decrypts what {@link #encryptBytes} stored. */
	public byte[] decryptBytes(PiiField field, byte[] stored) {
		if (stored == null || stored.length < 1 + NONCE_BYTES + TAG_BITS / 8 || stored[0] != VERSION) {
			throw new IllegalStateException("Stored personal data has an unknown format");
		}
		try {
			Cipher cipher = this.ciphers.get();
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
			cipher.updateAAD(field.associatedData());
			return cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Stored personal data failed authentication", ex);
		}
	}

	private static Cipher newCipher() {
		try {
			return Cipher.getInstance("AES/GCM/NoPadding");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

}
