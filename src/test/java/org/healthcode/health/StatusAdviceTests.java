package org.healthcode.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Advice says what to do and until when: the end of the reason's sequence, in the
 * reader's language, with the most specific text configured.
 */
class StatusAdviceTests {

	private static final Instant T0 = Instant.parse("2025-12-01T02:00:00Z");

	private final HealthProperties health = new HealthProperties(Color.GREEN, Map.of(), Duration.ofSeconds(60),
			Duration.ofSeconds(15), 500);

	private final StatusAdvice advice = new StatusAdvice(
			new AdviceProperties(Map.of("zh",
					Map.of("CLOSE_CONTACT.RED", "密切接触者：请居家隔离至{0}。", "CLOSE_CONTACT", "请健康监测至{0}。", "GREEN", "绿码通行。",
							"UNTIL_FURTHER_NOTICE", "另行通知", "CONFIRMED", "请至{0}。"),
					"en", Map.of("CLOSE_CONTACT.RED", "Close contact: stay home until {0}."))),
			new TransitionRules(this.health), this.health);

	@Test
	void untilWhenFollowsTheRuleToTheDefaultColour() {
		// close contact: RED 7 days, then YELLOW 3 days, then GREEN
		assertThat(this.advice.until(StatusReason.CLOSE_CONTACT, Color.RED, T0.plus(Duration.ofDays(7)), Color.YELLOW))
			.contains(T0.plus(Duration.ofDays(10)));
		assertThat(this.advice.until(StatusReason.CONFIRMED, Color.RED, null, null)).isEmpty();
		assertThat(this.advice.until(StatusReason.CLOSE_CONTACT, Color.GREEN, null, null)).isEmpty();
	}

	@Test
	void theMostSpecificTextInTheReadersLanguageWithItsEnd() {
		Instant until = T0.plus(Duration.ofDays(10));
		assertThat(this.advice.advice("CLOSE_CONTACT", Color.RED, until, Locale.SIMPLIFIED_CHINESE))
			.contains("密切接触者：请居家隔离至12月11日 10:00。");
		assertThat(this.advice.advice("CLOSE_CONTACT", Color.YELLOW, until, Locale.SIMPLIFIED_CHINESE))
			.contains("请健康监测至12月11日 10:00。");
		assertThat(this.advice.advice("CLOSE_CONTACT", Color.RED, until, Locale.ENGLISH))
			.contains("Close contact: stay home until 11 Dec 10:00.");
		assertThat(this.advice.advice("CONFIRMED", Color.RED, null, Locale.SIMPLIFIED_CHINESE)).contains("请至另行通知。");
	}

	@Test
	void backAtTheDefaultColourTheReasonsAdviceNoLongerHolds() {
		assertThat(this.advice.advice("CLOSE_CONTACT", Color.GREEN, null, Locale.SIMPLIFIED_CHINESE)).contains("绿码通行。");
		assertThat(this.advice.advice("MANUAL", Color.YELLOW, null, Locale.SIMPLIFIED_CHINESE)).isEmpty();
	}

}
