package org.healthcode.companion;

/** A companion entry as the resident who made it sees it. */
public enum CompanionState {

	/** Can be brought along; its colour is shown. */
	ACTIVE,

	/**
	 * The person has an account of their own and has not accepted yet: no colour, no
	 * scans, no tests.
	 */
	AWAITING_CONFIRMATION,

	/** The person declined from their own account. */
	DECLINED

}
