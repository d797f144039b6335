package org.healthcode.entry;

/**
 * A rule as sent: strings, so that an unknown value answers {@code ENTRY_RULE_INVALID}
 * like an unknown number of hours does.
 */
record EntryRuleRequest(String minColor, Integer natWithinHours, String vaccination) {

	EntryRule toRule() {
		return EntryRule.parse(this.minColor, this.natWithinHours, this.vaccination);
	}

}
