package org.healthcode.identity;

import java.util.regex.Pattern;

import org.healthcode.support.HealthCodeException;

import org.springframework.http.HttpStatus;

/**
 * A mainland China mobile number (11 digits starting 13–19); {@link #toString()} is
 * masked.
 */
public record PhoneNumber(String value) {

	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	public PhoneNumber {
		if (value == null || !MOBILE.matcher(value).matches()) {
			throw new HealthCodeException("PHONE_INVALID", HttpStatus.BAD_REQUEST);
		}
	}

	/** Accepts spaces, dashes and a +86 prefix as people type them. */
	public static PhoneNumber parse(String input) {
		if (input == null) {
			throw new HealthCodeException("PHONE_INVALID", HttpStatus.BAD_REQUEST);
		}
		String digits = input.strip().replace(" ", "").replace("-", "");
		if (digits.startsWith("+86")) {
			digits = digits.substring(3);
		}
		return new PhoneNumber(digits);
	}

	public String masked() {
		return Masking.phone(this.value);
	}

	@Override
	public String toString() {
		return masked();
	}

}
