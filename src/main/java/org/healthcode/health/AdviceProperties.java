package org.healthcode.health;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code healthcode.health.advice.<language>.<key>}: what a person with a status is asked
 * to do, per language ({@code zh}, {@code en}). A key is a reason and colour
 * ({@code CLOSE_CONTACT.RED}), a reason ({@code CLOSE_CONTACT}) or a colour
 * ({@code GREEN}), looked up in that order (at the default colour a reason alone does not
 * count); {@code {0}} in a text is when the person's code turns back to the default
 * colour, or the text of {@code UNTIL_FURTHER_NOTICE} when the rule holds the colour
 * without end. Other modules' reasons (an appeal's decision) use the same table.
 */
@ConfigurationProperties("healthcode.health")
public record AdviceProperties(@DefaultValue Map<String, Map<String, String>> advice) {

	public AdviceProperties {
		advice = Map.copyOf(advice);
	}

}
