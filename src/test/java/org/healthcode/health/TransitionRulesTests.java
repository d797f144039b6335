package org.healthcode.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.healthcode.health.TransitionRules.Expiry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class TransitionRulesTests {

	private static final Instant T0 = Instant.parse("2022-05-01T02:00:00Z");

	@Test
	void closeContactIsRedForSevenDaysThenYellowForThreeThenGreenForGood() {
		TransitionRules rules = rules(Map.of());

		assertThat(rules.expiryFor(StatusReason.CLOSE_CONTACT, Color.RED, T0))
			.contains(new Expiry(T0.plus(Duration.ofDays(7)), Color.YELLOW));
		assertThat(rules.expiryFor(StatusReason.CLOSE_CONTACT, Color.YELLOW, T0))
			.contains(new Expiry(T0.plus(Duration.ofDays(3)), Color.GREEN));
		assertThat(rules.expiryFor(StatusReason.CLOSE_CONTACT, Color.GREEN, T0)).isEmpty();
	}

	@Test
	void confirmedAndManualStatusesDoNotExpire() {
		TransitionRules rules = rules(Map.of());

		assertThat(rules.expiryFor(StatusReason.CONFIRMED, Color.RED, T0)).isEmpty();
		assertThat(rules.expiryFor(StatusReason.MANUAL, Color.RED, T0)).isEmpty();
		assertThat(rules.expiryFor(StatusReason.MANUAL, Color.YELLOW, T0)).isEmpty();
	}

	@Test
	void aColourOutsideTheRuleOfItsReasonStays() {
		assertThat(rules(Map.of()).expiryFor(StatusReason.SECONDARY_CONTACT, Color.RED, T0)).isEmpty();
	}

	@Test
	void aRiskAreaVisitEndsAtEitherLevelsColour() {
		TransitionRules rules = rules(Map.of());

		// HIGH (RED) steps down through YELLOW; MEDIUM (YELLOW) starts there
		assertThat(rules.expiryFor(StatusReason.RISK_AREA_VISIT, Color.RED, T0))
			.contains(new Expiry(T0.plus(Duration.ofDays(7)), Color.YELLOW));
		assertThat(rules.expiryFor(StatusReason.RISK_AREA_VISIT, Color.YELLOW, T0))
			.contains(new Expiry(T0.plus(Duration.ofDays(3)), Color.GREEN));
	}

	@Test
	void configuredRuleReplacesTheBuiltInOneAndALastTimedStepEndsInTheDefaultColour() {
		TransitionRules rules = rules(Map.of(StatusReason.RISK_AREA_VISIT, "red 2d, yellow 12h"));

		assertThat(rules.expiryFor(StatusReason.RISK_AREA_VISIT, Color.RED, T0))
			.contains(new Expiry(T0.plus(Duration.ofDays(2)), Color.YELLOW));
		assertThat(rules.expiryFor(StatusReason.RISK_AREA_VISIT, Color.YELLOW, T0))
			.contains(new Expiry(T0.plus(Duration.ofHours(12)), Color.GREEN));
		assertThat(rules.expiryFor(StatusReason.CLOSE_CONTACT, Color.RED, T0)).isPresent();
	}

	@Test
	void badRulesStopTheStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> rules(Map.of(StatusReason.MANUAL, "RED 7d, YELLOW 3d, RED")));
		assertThatIllegalStateException().isThrownBy(() -> rules(Map.of(StatusReason.MANUAL, "PURPLE 7d")));
		assertThatIllegalStateException().isThrownBy(() -> rules(Map.of(StatusReason.MANUAL, "RED soon")));
		assertThatIllegalStateException().isThrownBy(() -> rules(Map.of(StatusReason.MANUAL, "RED 0s, GREEN")));
	}

	@Test
	void rulesAreBoundFromConfigurationKeysInEitherSpelling() {
		MapConfigurationPropertySource source = new MapConfigurationPropertySource(Map.of(
				"healthcode.health.rules.CLOSE_CONTACT", "RED 1d, GREEN", "healthcode.health.rules.risk-area-visit",
				"YELLOW 2h, GREEN", "healthcode.health.default-color", "YELLOW"));
		HealthProperties properties = new Binder(source).bindOrCreate("healthcode.health", HealthProperties.class);
		TransitionRules rules = new TransitionRules(properties);

		assertThat(rules.expiryFor(StatusReason.CLOSE_CONTACT, Color.RED, T0))
			.contains(new Expiry(T0.plus(Duration.ofDays(1)), Color.GREEN));
		assertThat(rules.expiryFor(StatusReason.RISK_AREA_VISIT, Color.YELLOW, T0))
			.contains(new Expiry(T0.plus(Duration.ofHours(2)), Color.GREEN));
		assertThat(properties.defaultColor()).isEqualTo(Color.YELLOW);
		assertThat(properties.tokenTtl()).isEqualTo(Duration.ofSeconds(60));
	}

	private static TransitionRules rules(Map<StatusReason, String> configured) {
		return new TransitionRules(
				new HealthProperties(Color.GREEN, configured, Duration.ofSeconds(60), Duration.ofSeconds(15), 500));
	}

}
