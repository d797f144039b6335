package org.healthcode.entry;

import java.util.Set;

import org.healthcode.health.Color;
import org.healthcode.support.HealthCodeException;

import org.springframework.http.HttpStatus;

/**
 * What a venue or a division asks of visitors; each field null when it asks nothing.
 *
 * @param minColor the lowest colour that passes (GREEN or YELLOW); with no level setting
 * it, GREEN passes, YELLOW is restricted and RED refused
 * @param natWithinHours a negative nucleic-acid test sampled within 24, 48 or 72 hours
 * @param vaccination vaccination at least COMPLETE or BOOSTER
 */
public record EntryRule(Color minColor, Integer natWithinHours, VaccinationLevel vaccination) {

	public static final EntryRule NONE = new EntryRule(null, null, null);

	private static final Set<Integer> NAT_HOURS = Set.of(24, 48, 72);

	public EntryRule {
		if (minColor == Color.RED || (natWithinHours != null && !NAT_HOURS.contains(natWithinHours))) {
			throw invalid();
		}
	}

	/** A rule from its wire form; anything outside the allowed values is refused. */
	public static EntryRule parse(String minColor, Integer natWithinHours, String vaccination) {
		try {
			return new EntryRule(minColor == null ? null : Color.valueOf(minColor), natWithinHours,
					vaccination == null ? null : VaccinationLevel.valueOf(vaccination));
		}
		catch (IllegalArgumentException ex) {
			throw invalid();
		}
	}

	/** Field by field, whichever of the two asks more. */
	public EntryRule strictest(EntryRule other) {
		Color color = (this.minColor == null) ? other.minColor
				: (other.minColor == null || this.minColor.ordinal() < other.minColor.ordinal()) ? this.minColor
						: other.minColor;
		Integer hours = (this.natWithinHours == null) ? other.natWithinHours : (other.natWithinHours == null)
				? this.natWithinHours : Integer.valueOf(Math.min(this.natWithinHours, other.natWithinHours));
		VaccinationLevel level = (this.vaccination == null) ? other.vaccination
				: (other.vaccination == null || this.vaccination.ordinal() > other.vaccination.ordinal())
						? this.vaccination : other.vaccination;
		return new EntryRule(color, hours, level);
	}

	/**
	 * Whether the rule asks for a nucleic-acid test or vaccination, not only a colour.
	 */
	public boolean asksForTests() {
		return this.natWithinHours != null || this.vaccination != null;
	}

	public boolean isEmpty() {
		return this.minColor == null && this.natWithinHours == null && this.vaccination == null;
	}

	/** For the audit trail: codes only. */
	String summary() {
		return "minColor=" + this.minColor + " natWithinHours=" + this.natWithinHours + " vaccination="
				+ this.vaccination;
	}

	private static HealthCodeException invalid() {
		return new HealthCodeException("ENTRY_RULE_INVALID", HttpStatus.BAD_REQUEST);
	}

}
