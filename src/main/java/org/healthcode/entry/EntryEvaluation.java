package org.healthcode.entry;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.healthcode.entry.EntryFacts.NatState;
import org.healthcode.entry.EntryFacts.VaccinationState;
import org.healthcode.entry.Verdict.Reason;
import org.healthcode.health.Color;

/**
 * The verdict as a pure function of the rule, the facts and the time: no database, no
 * clock, so every reason can be tested on its own.
 */
public final class EntryEvaluation {

	private EntryEvaluation() {
	}

	/** Words for a reason in the reader's language, given the rule that caused it. */
	@FunctionalInterface
	public interface ReasonWords {

		String message(ReasonCode code, EntryRule rule);

	}

	public static Verdict evaluate(EntryRule rule, EntryFacts facts, Instant now, ReasonWords words) {
		List<ReasonCode> codes = new ArrayList<>();
		// RED is refused whatever the rule; YELLOW passes only where a rule allows it
		Color minColor = (rule.minColor() != null) ? rule.minColor() : Color.GREEN;
		if (facts.color() == Color.RED) {
			codes.add(ReasonCode.COLOR_RED);
		}
		else if (facts.color().ordinal() > minColor.ordinal()) {
			codes.add(ReasonCode.COLOR_YELLOW);
		}
		// a positive test is refused even where no test is asked for
		if (facts.nat().state() == NatState.POSITIVE) {
			codes.add(ReasonCode.NAT_POSITIVE);
		}
		else if (rule.natWithinHours() != null) {
			switch (facts.nat().state()) {
				case NONE -> codes.add(ReasonCode.NAT_MISSING);
				case PENDING -> codes.add(ReasonCode.NAT_PENDING);
				case NEGATIVE -> {
					Instant sampledAt = facts.nat().sampledAt();
					if (sampledAt == null || sampledAt.plus(Duration.ofHours(rule.natWithinHours())).isBefore(now)) {
						codes.add(ReasonCode.NAT_EXPIRED);
					}
				}
				default -> {
				}
			}
		}
		if (rule.vaccination() != null && !vaccinated(facts.vaccination().state(), rule.vaccination())) {
			codes.add(ReasonCode.VACCINATION_INCOMPLETE);
		}
		Outcome outcome = Outcome.PASS;
		List<Reason> reasons = new ArrayList<>();
		for (ReasonCode code : codes) {
			outcome = outcome.worst(code.outcome());
			reasons.add(new Reason(code.name(), words.message(code, rule)));
		}
		return new Verdict(outcome, reasons);
	}

	private static boolean vaccinated(VaccinationState state, VaccinationLevel required) {
		return switch (required) {
			case BOOSTER -> state == VaccinationState.BOOSTER;
			case COMPLETE -> state == VaccinationState.BOOSTER || state == VaccinationState.COMPLETE;
		};
	}

}
