package org.healthcode.vaccination;

import java.time.LocalDate;
import java.util.List;

import org.healthcode.health.VaccinationState;
import org.healthcode.health.VaccinationSummary;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The state follows the number of recorded doses; the last day is the latest dose's. */
class VaccinationStateTests {

	@Test
	void stateFromDoses() {
		assertThat(VaccinationState.ofDoses(0)).isEqualTo(VaccinationState.NONE);
		assertThat(VaccinationState.ofDoses(1)).isEqualTo(VaccinationState.PARTIAL);
		assertThat(VaccinationState.ofDoses(2)).isEqualTo(VaccinationState.COMPLETE);
		assertThat(VaccinationState.ofDoses(3)).isEqualTo(VaccinationState.BOOSTER);
		assertThat(VaccinationState.ofDoses(5)).isEqualTo(VaccinationState.BOOSTER);
	}

	@Test
	void noDosesIsNoneWithoutADay() {
		assertThat(VaccinationService.summary(List.of())).isEqualTo(VaccinationSummary.NONE);
		assertThat(VaccinationSummary.NONE.lastOn()).isNull();
	}

	@Test
	void summaryCountsDosesAndTakesTheLatestDay() {
		VaccinationSummary summary = VaccinationService
			.summary(List.of(new Vaccination(1, "北京生物", LocalDate.of(2021, 5, 1)),
					new Vaccination(3, "智飞", LocalDate.of(2022, 1, 3)),
					new Vaccination(2, "北京生物", LocalDate.of(2021, 6, 1))));
		assertThat(summary).isEqualTo(new VaccinationSummary(VaccinationState.BOOSTER, 3, LocalDate.of(2022, 1, 3)));
	}

}
