package org.healthcode.identity;

import org.healthcode.support.HealthCodeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class VisibleTextTests {

	@ParameterizedTest
	@ValueSource(strings = { "\u202E", "\u202D", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u200B",
			"\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u061C", "\u180E", "\u3164", "\u115F", "\uFE0F",
			"\u034F", "\uE000", "\u2028", "\u2029", "\u0000", "\u0007", "\t", "\n" })
	void invisibleAndControlCharactersAreFound(String invisible) {
		assertThat(VisibleText.hasInvisible("超市" + invisible + "ABC")).isTrue();
	}

	@Test
	void ordinaryNamesAndAddressesHaveNone() {
		assertThat(VisibleText.hasInvisible("阿依古丽·买买提")).isFalse();
		assertThat(VisibleText.hasInvisible("泉城路 188 号（总店）")).isFalse();
		assertThat(VisibleText.hasInvisible("Ｌｉ Ｍｉｎｇ")).isFalse();
	}

	@Test
	void normalisingMakesFullWidthLettersAndDigitsPlainAndTidiesBlanks() {
		assertThat(VisibleText.normalise("  Ｌｉ　　Ｍｉｎｇ ")).isEqualTo("Li Ming");
		assertThat(VisibleText.normalise("泉城路１８８号")).isEqualTo("泉城路188号");
	}

	@Test
	void personNamesRefuseInvisibleCharactersAndCompareInNfkcForm() {
		assertThatExceptionOfType(HealthCodeException.class).isThrownBy(() -> PersonName.parse("王\u202E明"))
			.extracting(HealthCodeException::code)
			.isEqualTo("NAME_INVALID");
		assertThatExceptionOfType(HealthCodeException.class).isThrownBy(() -> PersonName.parse("王\u200B明"))
			.extracting(HealthCodeException::code)
			.isEqualTo("NAME_INVALID");
		assertThat(PersonName.parse("Ａｌｉｃｅ　Ｗａｎｇ")).isEqualTo(PersonName.parse("Alice Wang"));
	}

}
