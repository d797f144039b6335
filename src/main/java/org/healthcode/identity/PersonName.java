package org.healthcode.identity;

import java.util.regex.Pattern;

import org.healthcode.support.HealthCodeException;

import org.springframework.http.HttpStatus;

/**
 * A real name as on an ID card: 1–30 characters of Chinese, Latin letters, spaces and the
 * middle dot used in minority and foreign names (e.g. {@code 阿依古丽·买买提}), in NFKC form
 * (see {@link VisibleText}), so the same name typed with full-width letters is the same
 * name. Invisible characters (bidi overrides, zero-width spaces and joiners, ...) are
 * refused, never silently dropped. {@link #toString()} is masked.
 */
public record PersonName(String value) {

	private static final Pattern ALLOWED = Pattern.compile("[\\p{IsHan}A-Za-z][\\p{IsHan}A-Za-z ·•.]{0,29}");

	public PersonName {
		if (value == null || !ALLOWED.matcher(value).matches() || value.endsWith(" ")) {
			throw new HealthCodeException("NAME_INVALID", HttpStatus.BAD_REQUEST);
		}
	}

	public static PersonName parse(String input) {
		if (input == null || VisibleText.hasInvisible(input)) {
			throw new HealthCodeException("NAME_INVALID", HttpStatus.BAD_REQUEST);
		}
		// full-width letters and the several middle-dot look-alikes become one form
		return new PersonName(VisibleText.normalise(input).replace('•', '·').replace('.', '·'));
	}

	public String masked() {
		return Masking.name(this.value);
	}

	@Override
	public String toString() {
		return masked();
	}

}
