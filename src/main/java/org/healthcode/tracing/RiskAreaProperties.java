package org.healthcode.tracing;

import java.util.EnumMap;
import java.util.Map;

import org.healthcode.health.Color;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code healthcode.tracing.risk-areas.*}: the colour each level gives everyone who was
 * there ({@code colors.HIGH=RED}, {@code colors.MEDIUM=YELLOW}), with reason
 * {@code RISK_AREA_VISIT}, whose rule ({@code healthcode.health.rules.RISK_AREA_VISIT})
 * says how long it lasts.
 */
@ConfigurationProperties("healthcode.tracing.risk-areas")
public record RiskAreaProperties(@DefaultValue Map<RiskLevel, Color> colors) {

	public RiskAreaProperties {
		Map<RiskLevel, Color> all = new EnumMap<>(RiskLevel.class);
		all.put(RiskLevel.HIGH, Color.RED);
		all.put(RiskLevel.MEDIUM, Color.YELLOW);
		all.putAll(colors);
		if (all.containsValue(Color.GREEN)) {
			throw new IllegalStateException("healthcode.tracing.risk-areas.colors must be YELLOW or RED");
		}
		colors = Map.copyOf(all);
	}

	Color color(RiskLevel level) {
		return this.colors.get(level);
	}

}
