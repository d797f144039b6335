package org.healthcode.venue;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the venue module ({@code healthcode.venue.*}).
 *
 * @param maxPerManager how many venues one resident account may manage (stops mass
 * registration)
 * @param contactWindowMinutes overrides of the contact window, keyed by subtype or
 * category name, e.g. {@code healthcode.venue.contact-window-minutes.SUPERMARKET=45}; a
 * subtype key wins over its category's
 */
@ConfigurationProperties("healthcode.venue")
public record VenueProperties(@DefaultValue("20") int maxPerManager,
		@DefaultValue Map<String, Integer> contactWindowMinutes) {

	int contactWindowOf(VenueSubtype subtype) {
		Integer minutes = this.contactWindowMinutes.get(subtype.name());
		if (minutes == null) {
			minutes = this.contactWindowMinutes.get(subtype.category().name());
		}
		return minutes != null ? minutes : subtype.defaultContactWindowMinutes();
	}

}
