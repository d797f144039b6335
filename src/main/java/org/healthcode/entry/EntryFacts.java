package org.healthcode.entry;

import java.time.Instant;

import org.healthcode.health.Color;
import org.healthcode.health.NatSummary;
import org.healthcode.health.VaccinationSummary;

/**
 * What is known about a person at the door: their colour, their latest nucleic-acid test
 * and their vaccination.
 */
public record EntryFacts(Color color, NatFact nat, VaccinationFact vaccination) {

	/** The facts of a person from their colour, latest test and vaccination. */
	public static EntryFacts of(Color color, NatSummary nat, VaccinationSummary vaccination) {
		return new EntryFacts(color, new NatFact(NatState.valueOf(nat.state().name()), nat.sampledAt()),
				new VaccinationFact(VaccinationState.valueOf(vaccination.state().name())));
	}

	/** A person of whom only the colour is known. */
	public static EntryFacts colorOnly(Color color) {
		return new EntryFacts(color, NatFact.NONE, VaccinationFact.NONE);
	}

	/** The latest nucleic-acid test; {@code sampledAt} is null when there is none. */
	public record NatFact(NatState state, Instant sampledAt) {

		public static final NatFact NONE = new NatFact(NatState.NONE, null);

	}

	public enum NatState {

		NEGATIVE, POSITIVE, PENDING, NONE

	}

	public record VaccinationFact(VaccinationState state) {

		public static final VaccinationFact NONE = new VaccinationFact(VaccinationState.NONE);

	}

	/** BOOSTER ≥ 3 doses, COMPLETE 2, PARTIAL 1, NONE. */
	public enum VaccinationState {

		BOOSTER, COMPLETE, PARTIAL, NONE

	}

}
