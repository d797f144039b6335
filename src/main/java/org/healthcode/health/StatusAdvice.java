package org.healthcode.health;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.healthcode.health.TransitionRules.Expiry;
import org.healthcode.support.DisplayZone;

import org.springframework.stereotype.Component;

/**
 * What a status asks of a person and until when, in their language, from
 * {@link AdviceProperties}: shown on the health-code page and in notices.
 */
@Component
public class StatusAdvice {

	private static final String FALLBACK_LANGUAGE = "zh";

	private static final Map<String, DateTimeFormatter> DATES = Map.of("zh",
			DateTimeFormatter.ofPattern("M月d日 HH:mm").withZone(DisplayZone.ZONE), "en",
			DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH).withZone(DisplayZone.ZONE));

	private final AdviceProperties properties;

	private final TransitionRules rules;

	private final HealthProperties health;

	StatusAdvice(AdviceProperties properties, TransitionRules rules, HealthProperties health) {
		this.properties = properties;
		this.rules = rules;
		this.health = health;
	}

	/**
	 * When a status that expires at {@code expiresAt} into {@code nextColor} ends in the
	 * default colour, following the rule of its reason; empty when it holds without end.
	 */
	public Optional<Instant> until(StatusReason reason, Color color, Instant expiresAt, Color nextColor) {
		if (color == this.health.defaultColor()) {
			return Optional.empty();
		}
		Instant at = expiresAt;
		Color next = nextColor;
		// each colour appears once in a rule, so this ends within the rule's length
		for (int steps = 0; at != null && steps <= Color.values().length; steps++) {
			if (next == this.health.defaultColor()) {
				return Optional.of(at);
			}
			Optional<Expiry> expiry = reason == null ? Optional.empty() : this.rules.expiryFor(reason, next, at);
			at = expiry.map(Expiry::expiresAt).orElse(null);
			next = expiry.map(Expiry::nextColor).orElse(null);
		}
		return Optional.empty();
	}

	/**
	 * Until when a status holds (see
	 * {@link #until(StatusReason, Color, Instant, Color)}).
	 */
	public Optional<Instant> until(HealthStatus status) {
		return until(status.reason(), status.color(), status.expiresAt(), status.nextColor());
	}

	/**
	 * The advice for a reason (a {@link StatusReason} name or another module's word) and
	 * colour, with its end filled in; empty when none is configured.
	 */
	public Optional<String> advice(String reason, Color color, Instant until, Locale locale) {
		String language = this.properties.advice().containsKey(locale.getLanguage()) ? locale.getLanguage()
				: FALLBACK_LANGUAGE;
		Map<String, String> texts = this.properties.advice().getOrDefault(language, Map.of());
		// back at the default colour, the reason's advice (quarantine...) no longer holds
		List<String> keys = reason == null ? List.of(String.valueOf(color))
				: color == this.health.defaultColor() ? List.of(reason + "." + color, String.valueOf(color))
						: List.of(reason + "." + color, reason, String.valueOf(color));
		return keys.stream().map(texts::get).filter(text -> text != null && !text.isBlank()).findFirst().map(text -> {
			String end = until == null ? texts.getOrDefault("UNTIL_FURTHER_NOTICE", "")
					: DATES.getOrDefault(language, DATES.get(FALLBACK_LANGUAGE)).format(until);
			return new MessageFormat(text, Locale.ROOT).format(new Object[] { end });
		});
	}

	/** The advice for a status that holds now. */
	public Optional<String> advice(HealthStatus status, Locale locale) {
		return advice(status.reason() == null ? null : status.reason().name(), status.color(),
				until(status).orElse(null), locale);
	}

}
