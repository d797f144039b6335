package org.healthcode.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.healthcode.support.HealthCodeException;

class MaskingTests {

	@Test
	void masksNamesKeepingFirstAndLastCharacter() {
		assertThat(Masking.name("张三")).isEqualTo("张*");
		assertThat(Masking.name("张小三")).isEqualTo("张*三");
		assertThat(Masking.name("欧阳小明")).isEqualTo("欧**明");
		assertThat(Masking.name("王")).isEqualTo("*");
	}

	@Test
	void masksIdNumbersToFirstAndLastFour() {
		assertThat(Masking.idNumber("370101190102039973")).isEqualTo("3701**********9973");
	}

	@Test
	void masksPhonesToFirstThreeAndLastFour() {
		assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
	}

	@Test
	void phoneNumbersAreNormalisedAndValidated() {
		assertThat(PhoneNumber.parse("+86 138-1234-5678").value()).isEqualTo("13812345678");
		assertThat(PhoneNumber.parse("13812345678").toString()).isEqualTo("138****5678");
		assertThatExceptionOfType(HealthCodeException.class).isThrownBy(() -> PhoneNumber.parse("12812345678"))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("PHONE_INVALID"));
		assertThatExceptionOfType(HealthCodeException.class).isThrownBy(() -> PhoneNumber.parse("1381234567"));
	}

	@Test
	void namesAllowChineseLatinAndTheMiddleDot() {
		assertThat(PersonName.parse(" 阿依古丽•买买提 ").value()).isEqualTo("阿依古丽·买买提");
		assertThat(PersonName.parse("John Smith").value()).isEqualTo("John Smith");
		assertThat(PersonName.parse("张小三").toString()).isEqualTo("张*三");
		assertThatExceptionOfType(HealthCodeException.class).isThrownBy(() -> PersonName.parse("<script>"))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("NAME_INVALID"));
		assertThatExceptionOfType(HealthCodeException.class).isThrownBy(() -> PersonName.parse("张".repeat(31)));
		assertThatExceptionOfType(HealthCodeException.class).isThrownBy(() -> PersonName.parse("  "));
	}

}
