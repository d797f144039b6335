package org.healthcode.tracing;

import java.time.Instant;

import org.healthcode.tracing.ContactFinder.RawEncounter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContactExportTests {

	@Test
	void fieldsAreQuotedAndFormulasDefused() {
		assertThat(ContactExport.field("鲁菜馆")).isEqualTo("\"鲁菜馆\"");
		assertThat(ContactExport.field("say \"hi\", ok")).isEqualTo("\"say \"\"hi\"\", ok\"");
		assertThat(ContactExport.field("=1+1")).isEqualTo("\"'=1+1\"");
		assertThat(ContactExport.field("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
		assertThat(ContactExport.field(null)).isEqualTo("\"\"");
	}

	@Test
	void overlapIsTheWindowLessTheTimeBetweenTheCheckInsInWholeMinutes() {
		Instant at = Instant.parse("2025-03-01T10:00:00Z");
		assertThat(encounter(at, at.plusSeconds(30 * 60), 120).overlapMinutes()).isEqualTo(90);
		assertThat(encounter(at, at.minusSeconds(30 * 60 + 59), 120).overlapMinutes()).isEqualTo(89);
		assertThat(encounter(at, at.plusSeconds(120 * 60), 120).overlapMinutes()).isZero();
		assertThat(encounter(at, at, 60).overlapMinutes()).isEqualTo(60);
	}

	private static RawEncounter encounter(Instant via, Instant contact, int window) {
		return new RawEncounter(1, 2, 1, 3, via, contact, window);
	}

}
