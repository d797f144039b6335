package org.healthcode.companion;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code healthcode.companion.*}.
 *
 * @param maxPerResident how many companions one resident may register
 * @param removedKept how long a removed companion entry is kept, so entries made with it
 * keep the name they were made under; at least the check-in retention
 */
@ConfigurationProperties("healthcode.companion")
public record CompanionProperties(@DefaultValue("4") int maxPerResident, @DefaultValue("28d") Duration removedKept) {
}
