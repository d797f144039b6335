package org.healthcode.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.SecretKey;

import org.healthcode.support.KeyRing;

import org.springframework.stereotype.Component;

/**
 * Finds encrypted personal data without decrypting it: HMAC-SHA256 under a key of its
 * own, over the field kind and the normalised value, so equal values (and only those)
 * have equal indexes.
 */
@Component
public class BlindIndex {

	private final SecretKey key;

	BlindIndex(KeyRing keys) {
		this.key = keys.blindIndexKey();
	}

	public byte[] of(PiiField field, String normalisedValue) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			mac.update(field.associatedData());
			mac.update((byte) 0);
			return mac.doFinal(normalisedValue.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	public byte[] of(IdNumber idNumber) {
		return of(PiiField.ID_NUMBER, idNumber.value());
	}

	public byte[] of(PhoneNumber phone) {
		return of(PiiField.PHONE, phone.value());
	}

}
