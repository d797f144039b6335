package org.healthcode.tracing;

import java.time.Instant;

import org.healthcode.health.Color;
import org.healthcode.health.StatusReason;

/**
 * A bulk marking and its progress.
 *
 * @param done persons processed so far: {@code changed + unchanged}
 * @param changed persons whose status was set (each with a history row and an audit row)
 * @param unchanged persons left as they were: they already had this colour for this
 * reason, or a more severe colour (a bulk marking never lowers a colour)
 * @param status {@code RUNNING}, {@code DONE} or {@code FAILED}
 */
public record MarkingJob(long id, Color color, StatusReason reason, String status, int total, int done, int changed,
		int unchanged, Instant createdAt, Instant finishedAt) {

	public int percent() {
		return this.total == 0 ? 100 : (int) (100L * this.done / this.total);
	}

}
