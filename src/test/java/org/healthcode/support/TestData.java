package org.healthcode.support;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fresh, valid personal data for each test, so tests sharing one database never collide.
 */
public final class TestData {

	public static final String OFFICIAL_PASSWORD = "official-test-password";

	public static final String ADMIN_PASSWORD = "admin-test-password";

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	private TestData() {
	}

	/** A random valid mainland mobile number. */
	public static String phone() {
		return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	/**
	 * A random valid Shandong (Jinan) ID number of someone born between 1940 and 2015.
	 */
	public static String idNumber() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(75 * 365));
		String first17 = "370102" + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return first17 + CHECK[sum % 11];
	}

}
