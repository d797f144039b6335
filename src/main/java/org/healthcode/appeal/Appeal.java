package org.healthcode.appeal;

import java.time.Instant;

import org.healthcode.health.Color;

/**
 * An appeal as the resident who filed it sees it.
 *
 * @param subject {@code SELF} or the companion entry's id
 * @param state {@code OPEN}, {@code APPROVED} or {@code REJECTED}
 * @param dueAt when an answer is due (the 24-hour target)
 * @param decisionNote what the official wrote with the decision; null before
 */
public record Appeal(long id, String subject, String maskedName, AppealReason reason, Color colorAtFiling, String state,
		Instant createdAt, Instant dueAt, int attachments, Instant decidedAt, Color decidedColor, String decisionNote) {
}
