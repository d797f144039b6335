package org.healthcode.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A resident identity card number (GB 11643-1999), validated and normalised (upper-case
 * X). Its {@link #toString()} is masked so it never leaks into a log line.
 */
public record IdNumber(String value) {

	private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECK_CHARS = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	/** Province-level prefixes of GB/T 2260 (incl. 71 Taiwan, 81 Hong Kong, 82 Macao). */
	private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
			"33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
			"63", "64", "65", "71", "81", "82");

	private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1880, 1, 1);

	public IdNumber {
		if (value == null || !SHAPE.matcher(value).matches()) {
			throw new InvalidIdNumberException(InvalidIdNumberException.Reason.FORMAT);
		}
	}

	/**
	 * Validates input from a person: shape, province prefix, a real birth date not after
	 * {@code today}, and the ISO 7064 MOD 11-2 check character.
	 */
	public static IdNumber parse(String input, LocalDate today) {
		if (input == null) {
			throw new InvalidIdNumberException(InvalidIdNumberException.Reason.FORMAT);
		}
		String candidate = input.strip().toUpperCase(java.util.Locale.ROOT);
		if (!SHAPE.matcher(candidate).matches()) {
			throw new InvalidIdNumberException(InvalidIdNumberException.Reason.FORMAT);
		}
		if (!PROVINCES.contains(candidate.substring(0, 2))) {
			throw new InvalidIdNumberException(InvalidIdNumberException.Reason.DIVISION);
		}
		LocalDate birth = birthDateOf(candidate);
		if (birth == null || birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
			throw new InvalidIdNumberException(InvalidIdNumberException.Reason.BIRTH_DATE);
		}
		if (candidate.charAt(17) != checkCharOf(candidate)) {
			throw new InvalidIdNumberException(InvalidIdNumberException.Reason.CHECK_CHARACTER);
		}
		return new IdNumber(candidate);
	}

	/** The check character for the first 17 digits. */
	static char checkCharOf(String digits) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (digits.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_CHARS[sum % 11];
	}

	private static LocalDate birthDateOf(String candidate) {
		try {
			return LocalDate.of(Integer.parseInt(candidate.substring(6, 10)),
					Integer.parseInt(candidate.substring(10, 12)), Integer.parseInt(candidate.substring(12, 14)));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	public LocalDate birthDate() {
		return birthDateOf(this.value);
	}

	public String masked() {
		return Masking.idNumber(this.value);
	}

	@Override
	public String toString() {
		return masked();
	}

}
