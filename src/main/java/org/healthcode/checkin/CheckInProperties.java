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
 * @param batch how concurrent scans are grouped into shared transactions
 * @param resultValidity how long after the entry the blue result screen is live; later it
 * shows as an old record (grey, not live), so it cannot be replayed as a pass
 */
@ConfigurationProperties("healthcode.checkin")
public record CheckInProperties(@DefaultValue("2m") Duration repeatWindow, @DefaultValue("28") int tripDays,
		@DefaultValue Batch batch, @DefaultValue("10m") Duration resultValidity) {

	/**
	 * Scans waiting at the same moment are registered together: one transaction, one
	 * statement per step and one commit for the whole group.
	 *
	 * @param writers threads that register groups, each with one pooled connection; one
	 * makes the largest groups (measured fastest on two cores)
	 * @param maxSize most scans in one group
	 * @param queueCapacity scans that may wait; beyond it a scan is refused with 503
	 * {@code CHECKIN_BUSY}
	 * @param maxWait how long a scan waits for its group's commit before 503
	 * {@code CHECKIN_BUSY}
	 * @param stuckAfter a writer busy with one group for longer than this is taken for
	 * stuck (its connection does not answer): its connection is aborted and a new writer
	 * takes over
	 */
	public record Batch(@DefaultValue("1") int writers, @DefaultValue("256") int maxSize,
			@DefaultValue("4096") int queueCapacity, @DefaultValue("10s") Duration maxWait,
			@DefaultValue("15s") Duration stuckAfter) {
	}

}
