package org.healthcode.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AsciiDigitsTests {

	@Test
	void asciiDigitsWithAnOptionalMinusAreNumbers() {
		assertThat(AsciiDigits.parseLong("42")).isEqualTo(42);
		assertThat(AsciiDigits.parseLong(" -7 ")).isEqualTo(-7);
		assertThat(AsciiDigits.parseInt("007")).isEqualTo(7);
	}

	@Test
	void everyOtherSpellingIsRefused() {
		for (String text : new String[] { "１２", "٣", "+5", "0x10", "1e3", "1.0", "", " ", "99999999999999999999",
				"1 2" }) {
			assertThatExceptionOfType(NumberFormatException.class).as(text)
				.isThrownBy(() -> AsciiDigits.parseLong(text));
		}
		assertThatExceptionOfType(NumberFormatException.class).isThrownBy(() -> AsciiDigits.parseInt("3000000000"));
	}

}
