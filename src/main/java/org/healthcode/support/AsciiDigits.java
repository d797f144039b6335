package org.healthcode.support;

import java.util.regex.Pattern;

/**
 * Whole numbers typed or sent as text, in one spelling: ASCII digits with an optional
 * minus. {@code Long.parseLong} also takes full-width and other non-ASCII digits
 * ({@code "１２"} is 12) and a plus sign, so one id had several spellings.
 */
public final class AsciiDigits {

	private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,19}");

	private AsciiDigits() {
	}

	/**
	 * @throws NumberFormatException unless the text (spaces around it aside) is such a
	 * number within {@code long}
	 */
	public static long parseLong(String text) {
		String trimmed = text.trim();
		if (!INTEGER.matcher(trimmed).matches()) {
			throw new NumberFormatException("Not a number in ASCII digits");
		}
		return Long.parseLong(trimmed);
	}

	/**
	 * @throws NumberFormatException unless such a number within {@code int}
	 */
	public static int parseInt(String text) {
		long value = parseLong(text);
		if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
			throw new NumberFormatException("Out of range");
		}
		return (int) value;
	}

}
