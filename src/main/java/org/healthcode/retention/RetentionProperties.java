package org.healthcode.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code healthcode.retention.*}: how long entry records live.
 *
 * @param checkInDays days of check-ins kept (the epidemiological window); older days are
 * dropped whole
 * @param partitionsAhead days of partitions created in advance
 */
@ConfigurationProperties("healthcode.retention")
public record RetentionProperties(@DefaultValue("28") int checkInDays, @DefaultValue("7") int partitionsAhead) {

	public RetentionProperties {
		if (checkInDays < 1 || partitionsAhead < 1) {
			throw new IllegalArgumentException("healthcode.retention.* must be at least 1 day");
		}
	}

}
