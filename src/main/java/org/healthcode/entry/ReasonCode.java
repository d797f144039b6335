package org.healthcode.entry;

/** Why a person does not simply pass, each with the outcome it leads to. */
public enum ReasonCode {

	COLOR_RED(Outcome.REFUSED), COLOR_YELLOW(Outcome.RESTRICTED), NAT_MISSING(Outcome.RESTRICTED),
	NAT_EXPIRED(Outcome.RESTRICTED), NAT_PENDING(Outcome.RESTRICTED), NAT_POSITIVE(Outcome.REFUSED),
	VACCINATION_INCOMPLETE(Outcome.RESTRICTED);

	private final Outcome outcome;

	ReasonCode(Outcome outcome) {
		this.outcome = outcome;
	}

	public Outcome outcome() {
		return this.outcome;
	}

}
