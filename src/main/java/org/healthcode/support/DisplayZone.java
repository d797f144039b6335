package org.healthcode.support;

import java.time.ZoneId;

/** Timestamps are stored in UTC and shown to people in the province's zone. */
public final class DisplayZone {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private DisplayZone() {
	}

}
