package org.healthcode.venue;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class DivisionNamesTests {

	private final Divisions divisions = new Divisions();

	private final DivisionNames names = new DivisionNames(this.divisions);

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void englishNamesArePinyinWordsWithTheKindOfDivision() {
		assertThat(this.names.englishName("370000")).isEqualTo("Shandong Province");
		assertThat(this.names.englishName("370100")).isEqualTo("Jinan City");
		assertThat(this.names.englishName("370102")).isEqualTo("Lixia District");
		assertThat(this.names.englishName("370124")).isEqualTo("Pingyin County");
		assertThat(this.names.englishName("370405")).isEqualTo("Tai'erzhuang District");
	}

	@Test
	void placeReadingsThatDifferFromTheCommonOneAreCorrected() {
		assertThat(this.names.englishName("370113")).isEqualTo("Changqing District");
		assertThat(this.names.englishName("371722")).isEqualTo("Shan County");
		assertThat(this.names.englishName("371524")).isEqualTo("Dong'e County");
		assertThat(this.names.englishName("371481")).isEqualTo("Laoling City");
		assertThat(this.names.englishName("370612")).isEqualTo("Muping District");
	}

	@Test
	void everyDivisionHasAnAsciiEnglishName() {
		for (Division division : this.divisions.all()) {
			assertThat(this.names.englishName(division.code())).as(division.name())
				.matches("[A-Z][a-z']+( [A-Z][a-z]+)+");
		}
	}

	@Test
	void fullNamesFollowThePageLanguage() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.names.shown("山东省济南市历下区")).isEqualTo("Lixia District, Jinan City, Shandong Province");
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		assertThat(this.names.shown("山东省济南市历下区")).isEqualTo("山东省济南市历下区");
	}

}
