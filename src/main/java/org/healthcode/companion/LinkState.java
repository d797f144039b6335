package org.healthcode.companion;

/**
 * Whether the person behind a companion entry agreed to it. People without an account of
 * their own cannot be asked ({@link #NONE}); a person with one decides from their
 * account.
 */
enum LinkState {

	/** The person has no account: the resident's entry is enough. */
	NONE,

	/** The person has an account and has not answered yet. */
	PENDING,

	/** The person accepted from their own account. */
	ACCEPTED,

	/** The person declined, or withdrew an acceptance. */
	DECLINED;

	/** Whether the entry may be brought along, shows a colour, gives tests. */
	boolean usable() {
		return this == NONE || this == ACCEPTED;
	}

	/** What the resident who made the entry sees. */
	CompanionState shown() {
		return switch (this) {
			case NONE, ACCEPTED -> CompanionState.ACTIVE;
			case PENDING -> CompanionState.AWAITING_CONFIRMATION;
			case DECLINED -> CompanionState.DECLINED;
		};
	}

}
