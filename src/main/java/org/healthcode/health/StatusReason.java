package org.healthcode.health;

/**
 * Why a person has a status; each reason has its own transition rule
 * ({@link HealthProperties#rules()}).
 */
public enum StatusReason {

	CONFIRMED, CLOSE_CONTACT, SECONDARY_CONTACT, SPATIOTEMPORAL_COMPANION, RISK_AREA_VISIT, MANUAL,

	/** A risk-area designation was withdrawn and what it set reverted (no rule). */
	RISK_AREA_WITHDRAWN,

	/** An official approved an appeal and set the colour it asked for (no rule). */
	APPEAL_APPROVED,

	/** A pooled nucleic-acid tube (混采) the person was in tested positive. */
	POOLED_POSITIVE,

	/** The person's single-tube nucleic-acid test was positive. */
	NAT_POSITIVE,

	/**
	 * A negative single-tube re-test lifted a pooled positive and nothing held before it
	 * (no rule).
	 */
	NAT_NEGATIVE;

	/**
	 * Reasons only the system gives (withdrawals, appeals, lab results), not offered on
	 * forms.
	 */
	public boolean systemOnly() {
		return this == RISK_AREA_WITHDRAWN || this == APPEAL_APPROVED || this == POOLED_POSITIVE || this == NAT_POSITIVE
				|| this == NAT_NEGATIVE;
	}

}
