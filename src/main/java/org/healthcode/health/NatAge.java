package org.healthcode.health;

import java.time.Duration;
import java.time.Instant;

/** How long ago the latest test was sampled, in the buckets people knew (24/48/72 小时). */
public enum NatAge {

	H24, H48, H72, OVER_72H;

	/** The bucket of a sample taken at {@code sampledAt}, seen at {@code now}. */
	public static NatAge of(Instant sampledAt, Instant now) {
		Duration age = Duration.between(sampledAt, now);
		if (age.compareTo(Duration.ofHours(24)) <= 0) {
			return H24;
		}
		if (age.compareTo(Duration.ofHours(48)) <= 0) {
			return H48;
		}
		return age.compareTo(Duration.ofHours(72)) <= 0 ? H72 : OVER_72H;
	}

}
