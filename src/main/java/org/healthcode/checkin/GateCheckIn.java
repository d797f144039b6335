package org.healthcode.checkin;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.healthcode.entry.EntryFacts.NatState;
import org.healthcode.entry.EntryFacts.VaccinationState;
import org.healthcode.entry.Outcome;
import org.healthcode.entry.Verdict.Reason;
import org.healthcode.health.Color;
import org.healthcode.health.NatAge;

/**
 * What the gate console shows after a guard registered a visitor: masked, with the
 * colour, test and vaccination known and the door's verdict.
 *
 * Kept in the session for one redirect (flash), hence serializable.
 *
 * @param repeated true when the visitor was registered here within the repeat window and
 * no new entry was made
 */
public record GateCheckIn(long id, String maskedName, Color color, Nat nat, Vaccination vaccination, Outcome verdict,
		List<Reason> reasons, Instant at, boolean repeated) implements Serializable {

	/**
	 * @param age from the sampling time to the registration; null when never tested
	 */
	public record Nat(NatState state, Instant sampledAt, NatAge age) implements Serializable {
	}

	public record Vaccination(VaccinationState state) implements Serializable {
	}

}
