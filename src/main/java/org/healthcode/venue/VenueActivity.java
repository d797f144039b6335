package org.healthcode.venue;

import java.time.Instant;
import java.util.List;

/**
 * What happened at a venue today, for its manager's detail page. Implemented by the
 * module that registers entries (venue does not know about them).
 */
public interface VenueActivity {

	/** Today's entries (Asia/Shanghai) of a venue the account manages. */
	Today today(long managerAccount, long venueId);

	/**
	 * @param total entries today
	 * @param alerts entries the door did not PASS, newest first, masked
	 */
	record Today(int total, List<Alert> alerts) {
	}

	/**
	 * @param color {@code YELLOW} or {@code RED}, as shown at the door
	 */
	record Alert(Instant at, String maskedName, String color) {
	}

}
