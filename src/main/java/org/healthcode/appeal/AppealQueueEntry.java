package org.healthcode.appeal;

import java.time.Instant;

import org.healthcode.health.Color;

/**
 * One appeal in the officials' queue.
 *
 * @param minutesLeft of the 24-hour target; negative when overdue
 */
public record AppealQueueEntry(long id, String maskedName, AppealReason reason, Color colorAtFiling, String state,
		Instant createdAt, long minutesLeft, int attachments) {
}
