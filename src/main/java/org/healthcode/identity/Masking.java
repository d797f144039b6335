package org.healthcode.identity;

/** How personal data appears on any screen a third party sees. */
public final class Masking {

	private Masking() {
	}

	/**
	 * {@code 张三} → {@code 张*}, {@code 张小三} → {@code 张*三}, longer names keep first and
	 * last.
	 */
	public static String name(String name) {
		if (name == null || name.isEmpty()) {
			return "";
		}
		int[] chars = name.codePoints().toArray();
		if (chars.length == 1) {
			return "*";
		}
		if (chars.length == 2) {
			return new String(chars, 0, 1) + "*";
		}
		return new String(chars, 0, 1) + "*".repeat(chars.length - 2) + new String(chars, chars.length - 1, 1);
	}

	/** First 4 and last 4 characters: {@code 3701**********9973}. */
	public static String idNumber(String idNumber) {
		if (idNumber == null || idNumber.length() < 9) {
			return "****";
		}
		return idNumber.substring(0, 4) + "*".repeat(idNumber.length() - 8) + idNumber.substring(idNumber.length() - 4);
	}

	/** {@code 138****5678}. */
	public static String phone(String phone) {
		if (phone == null || phone.length() < 7) {
			return "****";
		}
		return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
	}

}
