package org.healthcode.checkin;

import java.time.Instant;
import java.util.List;

/**
 * Entries were registered and committed (a scan for the holder and companions). Published
 * after the commit, outside any transaction, so listeners never lengthen the scan's
 * group; listeners that do real work hand it to their own thread.
 *
 * @param personIds the holder and each companion with a new entry
 */
public record CheckInRecorded(long venueId, String divisionCode, List<Long> personIds, Instant at) {

	public CheckInRecorded {
		personIds = List.copyOf(personIds);
	}

}
