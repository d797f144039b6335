package org.healthcode.identity;

import java.time.LocalDate;

import org.healthcode.identity.InvalidIdNumberException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class IdNumberTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	@ParameterizedTest
	@ValueSource(strings = { "11010519491231002X", "440524188001010014", "370101190102039973" })
	void acceptsTheStandardsExamples(String valid) {
		assertThat(IdNumber.parse(valid, TODAY).value()).isEqualTo(valid);
	}

	@Test
	void acceptsALowercaseXAndNormalisesIt() {
		assertThat(IdNumber.parse(" 11010519491231002x ", TODAY).value()).isEqualTo("11010519491231002X");
	}

	@ParameterizedTest
	@CsvSource({ "110105194912310021, CHECK_CHARACTER", // X replaced by a digit
			"370101190102039974, CHECK_CHARACTER", "370101202302310013, BIRTH_DATE", // 31
																						// Feb
			"370101203001010019, BIRTH_DATE", // born in the future
			"37010119010203997, FORMAT", // 17 characters
			"3701011901020399733, FORMAT", // 19 characters
			"37010A190102039973, FORMAT", // a letter inside
			"ABCDEFGHIJKLMNOPQR, FORMAT", "990101190102039973, DIVISION" // no province 99
	})
	void rejectsInvalidNumbersWithTheReason(String invalid, Reason reason) {
		assertThatExceptionOfType(InvalidIdNumberException.class).isThrownBy(() -> IdNumber.parse(invalid, TODAY))
			.satisfies(ex -> {
				assertThat(ex.reason()).isEqualTo(reason);
				assertThat(ex.code()).isEqualTo("ID_NUMBER_INVALID");
				assertThat(ex.getMessage()).doesNotContain(invalid);
			});
	}

	@Test
	void rejectsEmptyAndNull() {
		assertThatExceptionOfType(InvalidIdNumberException.class).isThrownBy(() -> IdNumber.parse("", TODAY));
		assertThatExceptionOfType(InvalidIdNumberException.class).isThrownBy(() -> IdNumber.parse(null, TODAY));
	}

	@Test
	void computesTheCheckCharacterByMod11Dash2() {
		assertThat(IdNumber.checkCharOf("11010519491231002")).isEqualTo('X');
		assertThat(IdNumber.checkCharOf("44052418800101001")).isEqualTo('4');
	}

	@Test
	void readsTheBirthDate() {
		assertThat(IdNumber.parse("370101190102039973", TODAY).birthDate()).isEqualTo(LocalDate.of(1901, 2, 3));
	}

	@Test
	void neverPrintsTheFullNumber() {
		IdNumber id = IdNumber.parse("370101190102039973", TODAY);

		assertThat(id.toString()).isEqualTo("3701**********9973");
		assertThat(id.masked()).isEqualTo("3701**********9973");
	}

}
