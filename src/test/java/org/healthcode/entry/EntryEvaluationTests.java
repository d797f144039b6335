package org.healthcode.entry;

import java.time.Duration;
import java.time.Instant;

import org.healthcode.entry.EntryFacts.NatFact;
import org.healthcode.entry.EntryFacts.NatState;
import org.healthcode.entry.EntryFacts.VaccinationFact;
import org.healthcode.entry.EntryFacts.VaccinationState;
import org.healthcode.health.Color;
import org.healthcode.support.HealthCodeException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every reason of the verdict, and how rules combine. */
class EntryEvaluationTests {

	static final Instant NOW = Instant.parse("2026-12-02T06:00:00Z");

	static final EntryRule NAT_72 = new EntryRule(null, 72, null);

	@Test
	void aGreenVisitorPassesWhereNothingIsAsked() {
		Verdict verdict = evaluate(EntryRule.NONE, EntryFacts.colorOnly(Color.GREEN));
		assertThat(verdict.outcome()).isEqualTo(Outcome.PASS);
		assertThat(verdict.reasons()).isEmpty();
	}

	@Test
	void redIsRefusedWhateverTheRule() {
		assertThat(codes(evaluate(new EntryRule(Color.YELLOW, null, null), EntryFacts.colorOnly(Color.RED))))
			.containsExactly("COLOR_RED");
		assertThat(evaluate(EntryRule.NONE, EntryFacts.colorOnly(Color.RED)).outcome()).isEqualTo(Outcome.REFUSED);
	}

	@Test
	void yellowIsRestrictedUnlessTheRuleAllowsYellow() {
		Verdict byDefault = evaluate(EntryRule.NONE, EntryFacts.colorOnly(Color.YELLOW));
		assertThat(byDefault.outcome()).isEqualTo(Outcome.RESTRICTED);
		assertThat(codes(byDefault)).containsExactly("COLOR_YELLOW");
		assertThat(evaluate(new EntryRule(Color.GREEN, null, null), EntryFacts.colorOnly(Color.YELLOW)).outcome())
			.isEqualTo(Outcome.RESTRICTED);
		assertThat(evaluate(new EntryRule(Color.YELLOW, null, null), EntryFacts.colorOnly(Color.YELLOW)).outcome())
			.isEqualTo(Outcome.PASS);
	}

	@Test
	void aMissingTestIsRestrictedWithPlainWords() {
		Verdict verdict = EntryEvaluation.evaluate(NAT_72, EntryFacts.colorOnly(Color.GREEN), NOW,
				(code, rule) -> "未持有" + rule.natWithinHours() + "小时内核酸检测阴性证明，限制进入");
		assertThat(verdict.outcome()).isEqualTo(Outcome.RESTRICTED);
		assertThat(verdict.reasons()).singleElement()
			.satisfies(reason -> assertThat(reason.code()).isEqualTo("NAT_MISSING"))
			.satisfies(reason -> assertThat(reason.message()).isEqualTo("未持有72小时内核酸检测阴性证明，限制进入"));
	}

	@Test
	void aNegativeTestPassesWithinItsHoursAndExpiresAfter() {
		assertThat(evaluate(NAT_72, nat(NatState.NEGATIVE, NOW.minus(Duration.ofHours(71)))).outcome())
			.isEqualTo(Outcome.PASS);
		assertThat(codes(evaluate(NAT_72, nat(NatState.NEGATIVE, NOW.minus(Duration.ofHours(73))))))
			.containsExactly("NAT_EXPIRED");
		assertThat(
				codes(evaluate(new EntryRule(null, 24, null), nat(NatState.NEGATIVE, NOW.minus(Duration.ofHours(25))))))
			.containsExactly("NAT_EXPIRED");
	}

	@Test
	void aPendingTestIsRestricted() {
		assertThat(codes(evaluate(NAT_72, nat(NatState.PENDING, NOW.minus(Duration.ofHours(2))))))
			.containsExactly("NAT_PENDING");
	}

	@Test
	void aPositiveTestIsRefusedEvenWhereNoTestIsAsked() {
		Verdict verdict = evaluate(EntryRule.NONE, nat(NatState.POSITIVE, NOW.minus(Duration.ofHours(2))));
		assertThat(verdict.outcome()).isEqualTo(Outcome.REFUSED);
		assertThat(codes(verdict)).containsExactly("NAT_POSITIVE");
	}

	@Test
	void vaccinationMustReachTheAskedLevel() {
		EntryRule complete = new EntryRule(null, null, VaccinationLevel.COMPLETE);
		EntryRule booster = new EntryRule(null, null, VaccinationLevel.BOOSTER);
		assertThat(codes(evaluate(complete, vaccinated(VaccinationState.PARTIAL))))
			.containsExactly("VACCINATION_INCOMPLETE");
		assertThat(evaluate(complete, vaccinated(VaccinationState.COMPLETE)).outcome()).isEqualTo(Outcome.PASS);
		assertThat(evaluate(booster, vaccinated(VaccinationState.COMPLETE)).outcome()).isEqualTo(Outcome.RESTRICTED);
		assertThat(evaluate(booster, vaccinated(VaccinationState.BOOSTER)).outcome()).isEqualTo(Outcome.PASS);
	}

	@Test
	void everyReasonIsGivenAtOnceAndTheWorstDecides() {
		Verdict verdict = evaluate(new EntryRule(Color.GREEN, 48, VaccinationLevel.BOOSTER),
				new EntryFacts(Color.RED, NatFact.NONE, VaccinationFact.NONE));
		assertThat(codes(verdict)).containsExactly("COLOR_RED", "NAT_MISSING", "VACCINATION_INCOMPLETE");
		assertThat(verdict.outcome()).isEqualTo(Outcome.REFUSED);
	}

	@Test
	void theStrictestOfTwoRulesIsTakenFieldByField() {
		EntryRule venue = new EntryRule(Color.YELLOW, 72, VaccinationLevel.BOOSTER);
		EntryRule city = new EntryRule(Color.GREEN, 24, VaccinationLevel.COMPLETE);
		assertThat(venue.strictest(city)).isEqualTo(new EntryRule(Color.GREEN, 24, VaccinationLevel.BOOSTER));
		assertThat(city.strictest(venue)).isEqualTo(new EntryRule(Color.GREEN, 24, VaccinationLevel.BOOSTER));
		assertThat(EntryRule.NONE.strictest(new EntryRule(null, 48, null))).isEqualTo(new EntryRule(null, 48, null));
	}

	@Test
	void aDivisionIsCoveredByItsCityAndProvince() {
		assertThat(EntryService.divisionScopes("370102")).containsExactly("D:370000", "D:370100", "D:370102");
		assertThat(EntryService.divisionScopes("370100")).containsExactly("D:370000", "D:370100");
		assertThat(EntryService.divisionScopes("370000")).containsExactly("D:370000");
	}

	@Test
	void onlyTheAllowedValuesMakeARule() {
		assertThatThrownBy(() -> EntryRule.parse(null, 36, null)).isInstanceOf(HealthCodeException.class)
			.hasMessage("ENTRY_RULE_INVALID");
		assertThatThrownBy(() -> EntryRule.parse("RED", null, null)).hasMessage("ENTRY_RULE_INVALID");
		assertThatThrownBy(() -> EntryRule.parse(null, null, "PARTIAL")).hasMessage("ENTRY_RULE_INVALID");
		assertThat(EntryRule.parse("GREEN", 24, "BOOSTER"))
			.isEqualTo(new EntryRule(Color.GREEN, 24, VaccinationLevel.BOOSTER));
	}

	private static Verdict evaluate(EntryRule rule, EntryFacts facts) {
		return EntryEvaluation.evaluate(rule, facts, NOW, (code, r) -> code.name());
	}

	private static java.util.List<String> codes(Verdict verdict) {
		return verdict.reasons().stream().map(Verdict.Reason::code).toList();
	}

	private static EntryFacts nat(NatState state, Instant sampledAt) {
		return new EntryFacts(Color.GREEN, new NatFact(state, sampledAt), VaccinationFact.NONE);
	}

	private static EntryFacts vaccinated(VaccinationState state) {
		return new EntryFacts(Color.GREEN, NatFact.NONE, new VaccinationFact(state));
	}

}
