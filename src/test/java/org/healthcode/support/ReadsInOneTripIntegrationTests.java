package org.healthcode.support;

import java.util.List;
import java.util.Map;

import org.healthcode.support.ReadsInOneTrip.Answers;
import org.healthcode.support.ReadsInOneTrip.Read;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.RowMapperResultSetExtractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@IntegrationTest
class ReadsInOneTripIntegrationTests {

	@Autowired
	ReadsInOneTrip trips;

	@Test
	void eachReadGetsItsOwnParametersAndRowsInOrder() {
		Read<List<Integer>> numbers = new Read<>("select g from generate_series(:from::int, :to::int) g order by g",
				Map.of("from", 3, "to", 5), new RowMapperResultSetExtractor<>((rs, row) -> rs.getInt(1)));
		Read<String> text = new Read<>("select :person::text || '-' || :to::text", Map.of("person", 42L, "to", "x"),
				rs -> rs.next() ? rs.getString(1) : null);
		Read<Boolean> nothing = new Read<>("select 1 from generate_series(1, 0)", Map.of(), rs -> rs.next());

		Answers answers = this.trips.read(List.of(numbers, text, nothing));

		assertThat(answers.of(numbers)).containsExactly(3, 4, 5);
		assertThat(answers.of(text)).isEqualTo("42-x");
		assertThat(answers.of(nothing)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> answers.of(new Read<>("select 1", Map.of(), rs -> 1)));
	}

	@Test
	void theReadsGoTogetherAsOneRequestOfTheServer() {
		// statements sent before one Sync form one implicit transaction: the same now();
		// reads sent one after another would each see their own
		Read<String> first = new Read<>("select now()::text", Map.of(), rs -> rs.next() ? rs.getString(1) : null);
		Read<String> second = new Read<>("select now()::text from pg_sleep(0.01)", Map.of(),
				rs -> rs.next() ? rs.getString(1) : null);

		Answers answers = this.trips.read(List.of(first, second));

		assertThat(answers.of(first)).isNotNull().isEqualTo(answers.of(second));
	}

	@Test
	void aFailingReadFailsThemAllAsADataAccessProblem() {
		Read<Integer> fine = new Read<>("select 1", Map.of(), rs -> rs.next() ? rs.getInt(1) : null);
		Read<Integer> broken = new Read<>("select no_such_column from pg_class", Map.of(), rs -> 0);

		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> this.trips.read(List.of(fine, broken)));
	}

}
