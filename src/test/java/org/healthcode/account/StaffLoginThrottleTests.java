package org.healthcode.account;

import java.time.Duration;
import java.time.Instant;

import org.healthcode.account.StaffLoginThrottle.Rule;
import org.healthcode.account.StaffLoginThrottle.State;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StaffLoginThrottleTests {

	private static final Instant NOW = Instant.parse("2022-04-01T08:00:00Z");

	private final Rule rule = new Rule(5, Duration.ofMinutes(1), Duration.ofMinutes(15));

	@Test
	void theFifthFailurePausesAndTheCountStartsAgain() {
		State state = new State(0, 0, null, NOW);
		for (int i = 1; i <= 4; i++) {
			state = this.rule.afterFailure(state, NOW);
			assertThat(state.failures()).isEqualTo(i);
			assertThat(state.pausedUntil()).isNull();
		}

		state = this.rule.afterFailure(state, NOW);

		assertThat(state.pausedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
		assertThat(state.failures()).isZero();
		assertThat(state.pauses()).isEqualTo(1);
	}

	@Test
	void attemptsDuringAPauseNeitherCountNorLengthenIt() {
		State paused = new State(0, 1, NOW.plus(Duration.ofMinutes(1)), NOW);

		State attempted = this.rule.afterFailure(paused, NOW.plus(Duration.ofSeconds(30)));

		assertThat(attempted.failures()).isZero();
		assertThat(attempted.pauses()).isEqualTo(1);
		assertThat(attempted.pausedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
	}

	@Test
	void pausesInARowDoubleUpToTheLongest() {
		assertThat(this.rule.pause(0)).isEqualTo(Duration.ofMinutes(1));
		assertThat(this.rule.pause(1)).isEqualTo(Duration.ofMinutes(2));
		assertThat(this.rule.pause(3)).isEqualTo(Duration.ofMinutes(8));
		assertThat(this.rule.pause(4)).isEqualTo(Duration.ofMinutes(15));
		assertThat(this.rule.pause(40)).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void aDayWithoutFailuresStartsAfresh() {
		State paused = new State(3, 4, NOW.plus(Duration.ofMinutes(15)), NOW);

		State later = this.rule.afterFailure(paused, NOW.plus(Duration.ofDays(2)));

		assertThat(later.failures()).isEqualTo(1);
		assertThat(later.pauses()).isZero();
		assertThat(later.pausedUntil()).isNull();
	}

}
