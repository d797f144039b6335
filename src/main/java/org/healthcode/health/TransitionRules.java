package org.healthcode.health;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.convert.DurationStyle;

/**
 * How long a colour lasts for a reason and what follows it, from
 * {@link HealthProperties#rules()}.
 */
final class TransitionRules {

	static final Map<StatusReason, String> DEFAULTS = Map.ofEntries(Map.entry(StatusReason.CONFIRMED, "RED"),
			Map.entry(StatusReason.CLOSE_CONTACT, "RED 7d, YELLOW 3d, GREEN"),
			Map.entry(StatusReason.SECONDARY_CONTACT, "YELLOW 7d, GREEN"),
			Map.entry(StatusReason.SPATIOTEMPORAL_COMPANION, "YELLOW 3d, GREEN"),
			Map.entry(StatusReason.RISK_AREA_VISIT, "RED 7d, YELLOW 3d, GREEN"), Map.entry(StatusReason.MANUAL, ""),
			Map.entry(StatusReason.RISK_AREA_WITHDRAWN, ""), Map.entry(StatusReason.APPEAL_APPROVED, ""),
			// a pooled positive holds until the single-tube re-test lifts it
			Map.entry(StatusReason.POOLED_POSITIVE, "YELLOW"), Map.entry(StatusReason.NAT_POSITIVE, "RED"),
			Map.entry(StatusReason.NAT_NEGATIVE, ""));

	private final Map<StatusReason, List<Step>> chains = new EnumMap<>(StatusReason.class);

	private final Color defaultColor;

	TransitionRules(HealthProperties properties) {
		this.defaultColor = properties.defaultColor();
		for (StatusReason reason : StatusReason.values()) {
			String rule = properties.rules().getOrDefault(reason, DEFAULTS.get(reason));
			this.chains.put(reason, parse(reason, rule));
		}
	}

	/**
	 * When a colour set for a reason at {@code setAt} expires and what comes next; empty
	 * if it stays.
	 */
	Optional<Expiry> expiryFor(StatusReason reason, Color color, Instant setAt) {
		List<Step> chain = this.chains.get(reason);
		for (int i = 0; i < chain.size(); i++) {
			Step step = chain.get(i);
			if (step.color() == color) {
				if (step.duration() == null) {
					return Optional.empty();
				}
				Color next = i + 1 < chain.size() ? chain.get(i + 1).color() : this.defaultColor;
				return Optional.of(new Expiry(setAt.plus(step.duration()), next));
			}
		}
		return Optional.empty();
	}

	List<Step> chain(StatusReason reason) {
		return this.chains.get(reason);
	}

	/**
	 * The rule of a reason, with the default colour's follow-up when its sequence ends.
	 */
	StatusRule rule(StatusReason reason) {
		List<Step> chain = this.chains.get(reason);
		List<StatusRule.Step> steps = new ArrayList<>();
		chain.forEach(step -> steps.add(new StatusRule.Step(step.color(), step.duration())));
		if (!chain.isEmpty() && chain.get(chain.size() - 1).duration() != null) {
			steps.add(new StatusRule.Step(this.defaultColor, null));
		}
		return new StatusRule(reason, steps);
	}

	private static List<Step> parse(StatusReason reason, String rule) {
		List<Step> steps = new ArrayList<>();
		Set<Color> seen = EnumSet.noneOf(Color.class);
		for (String part : rule.split(",")) {
			String[] words = part.strip().split("\\s+");
			if (words[0].isEmpty()) {
				continue;
			}
			try {
				Color color = Color.valueOf(words[0].toUpperCase(java.util.Locale.ROOT));
				Duration duration = words.length > 1 ? DurationStyle.detectAndParse(words[1]) : null;
				if (words.length > 2 || (duration != null && (duration.isZero() || duration.isNegative()))
						|| !seen.add(color)) {
					throw new IllegalArgumentException(part);
				}
				steps.add(new Step(color, duration));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException("healthcode.health.rules." + reason
						+ " must look like 'RED 7d, YELLOW 3d, GREEN' " + "(each colour once, durations positive)", ex);
			}
		}
		return List.copyOf(steps);
	}

	record Step(Color color, Duration duration) {
	}

	record Expiry(Instant expiresAt, Color nextColor) {
	}

}
