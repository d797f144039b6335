package org.healthcode.health;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code healthcode.health.*}: colour rules and the dynamic code.
 *
 * @param defaultColor colour of a person never assessed
 * @param rules per reason, the colours a status passes through, e.g.
 * {@code healthcode.health.rules.CLOSE_CONTACT=RED 7d, YELLOW 3d, GREEN}: set RED it
 * stays 7 days, then YELLOW for 3 days, then GREEN for good. A colour that is not in the
 * rule never expires. Reasons not configured keep the built-in rules
 * ({@link TransitionRules#DEFAULTS}).
 * @param tokenTtl lifetime of a dynamic health-code token
 * @param refreshMargin how long before a token expires the page fetches a new one
 * @param expiryBatchSize expired statuses carried forward per transaction by the
 * scheduled job
 */
@ConfigurationProperties("healthcode.health")
public record HealthProperties(@DefaultValue("GREEN") Color defaultColor, @DefaultValue Map<StatusReason, String> rules,
		@DefaultValue("60s") Duration tokenTtl, @DefaultValue("15s") Duration refreshMargin,
		@DefaultValue("500") int expiryBatchSize) {

	public HealthProperties {
		if (tokenTtl.compareTo(refreshMargin) <= 0 || refreshMargin.isNegative()) {
			throw new IllegalStateException("healthcode.health.token-ttl must be longer than refresh-margin");
		}
	}

}
