package org.healthcode.checkin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code healthcode.checkin.*}.
 *
 * @param repeatWindow a second scan of the same venue within this time returns the first
 * entry
 * @param tripDays how far back a resident's trip record reaches
 */
@ConfigurationProperties("healthcode.checkin")
public record CheckInProperties(@DefaultValue("2m") Duration repeatWindow, @DefaultValue("28") int tripDays) {
}
