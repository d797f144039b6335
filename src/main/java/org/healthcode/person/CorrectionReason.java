package org.healthcode.person;

/** Why an official corrected a person's identity; recorded in the audit log. */
public enum CorrectionReason {

	/** An identity-correction appeal (IDENTITY_CORRECTION) was approved. */
	APPEAL_APPROVED,

	/** An official reviewed a conflict (e.g. ID_NUMBER_TAKEN) with the person present. */
	OFFICIAL_REVIEW

}
