package org.healthcode.health;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rule of a status reason as forms show it: the colour it gives by default and the
 * sequence that follows (e.g. close contact: RED 7 days → YELLOW 3 days → GREEN), and the
 * colours an official may choose for it. GREEN is never a colour for a reason with a rule
 * (a confirmed case cannot be green), nor a colour milder than the rule's first that the
 * sequence does not hold (a confirmed case cannot be yellow); a stricter colour is an
 * override. A reason without a rule (MANUAL) takes any colour, without expiry.
 *
 * @param steps the sequence, in order; the last step has no duration when it stays
 */
public record StatusRule(StatusReason reason, List<Step> steps) {

	public StatusRule {
		steps = List.copyOf(steps);
	}

	/** The colour the rule gives when nobody says otherwise; empty without a rule. */
	public Optional<Color> initialColor() {
		return this.steps.isEmpty() ? Optional.empty() : Optional.of(this.steps.get(0).color());
	}

	public Set<Color> allowedColors() {
		if (this.steps.isEmpty()) {
			return EnumSet.allOf(Color.class);
		}
		Set<Color> allowed = EnumSet.noneOf(Color.class);
		this.steps.forEach(step -> allowed.add(step.color()));
		Color initial = this.steps.get(0).color();
		for (Color color : Color.values()) {
			if (color.compareTo(initial) > 0) {
				allowed.add(color);
			}
		}
		allowed.remove(Color.GREEN);
		return allowed;
	}

	public boolean allows(Color color) {
		return allowedColors().contains(color);
	}

	/** True when {@code color} is not what the rule gives by default. */
	public boolean overrides(Color color) {
		return initialColor().map(initial -> initial != color).orElse(false);
	}

	/** One step of the sequence; {@code duration} null when the colour stays. */
	public record Step(Color color, Duration duration) {

		/** Whole days, for display; 0 when it stays or is shorter than a day. */
		public long days() {
			return this.duration == null ? 0 : this.duration.toDays();
		}

		/** Whole hours when shorter than a day, for display. */
		public long hours() {
			return this.duration == null ? 0 : this.duration.toHours();
		}

	}

}
