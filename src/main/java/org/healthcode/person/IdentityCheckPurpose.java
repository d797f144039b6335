package org.healthcode.person;

/** Why a name and an ID number were checked against each other. */
public enum IdentityCheckPurpose {

	/** A resident registers their own real name (实名认证). */
	REGISTRATION,

	/** A resident adds someone as a companion. */
	COMPANION,

	/**
	 * Staff typed someone's identity: an official setting a status, a sampler registering
	 * a sample of someone without a phone.
	 */
	STAFF_ENTRY,

	/**
	 * Staff check that a visitor without a phone gave the registered name of an ID number
	 * (a gate registration).
	 */
	NAME_CHECK,

	/** An official corrects a person's identity. */
	CORRECTION

}
