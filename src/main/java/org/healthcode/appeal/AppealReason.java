package org.healthcode.appeal;

/** Why a resident appeals. */
public enum AppealReason {

	/** The status belongs to someone else (a mix-up of persons). */
	WRONG_PERSON,

	/** The person was not at the place or time the status comes from. */
	NOT_THERE,

	/** The person has a negative test since. */
	ALREADY_TESTED,

	/** The name was mistyped at registration; approving corrects it. */
	IDENTITY_CORRECTION,

	OTHER

}
