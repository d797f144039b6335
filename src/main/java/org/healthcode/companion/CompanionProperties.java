package org.healthcode.companion;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code healthcode.companion.*}.
 *
 * @param maxPerResident how many companions one resident may register
 */
@ConfigurationProperties("healthcode.companion")
public record CompanionProperties(@DefaultValue("4") int maxPerResident) {
}
