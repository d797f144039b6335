package org.healthcode.entry;

import org.healthcode.health.Color;

/**
 * A rule as the API shows it: what this venue or division set, and for a venue what
 * applies once the divisions around it are counted in.
 */
public record EntryRuleView(Color minColor, Integer natWithinHours, VaccinationLevel vaccination, EntryRule effective) {

	static EntryRuleView of(EntryRule own, EntryRule effective) {
		return new EntryRuleView(own.minColor(), own.natWithinHours(), own.vaccination(), effective);
	}

}
