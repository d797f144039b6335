package org.healthcode.companion;

import org.healthcode.health.Color;

/**
 * A person a resident brings along, as that resident sees them: the name they typed and
 * the ID number, masked; the colour only while the entry is usable. Carries the entry's
 * own id, never the person's.
 *
 * @param withMe whether the companion is selected for the resident's next scan
 * @param color the current colour, null unless {@code state} is {@code ACTIVE}
 */
public record Companion(long id, String maskedName, String maskedIdNumber, Relation relation, boolean withMe,
		CompanionState state, Color color) {

	/** Whether the companion can be brought along now. */
	public boolean usable() {
		return this.state == CompanionState.ACTIVE;
	}

}
