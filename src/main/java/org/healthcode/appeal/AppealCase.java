package org.healthcode.appeal;

import java.time.Instant;
import java.util.List;

import org.healthcode.health.Color;
import org.healthcode.health.StatusReason;
import org.healthcode.testing.TestRecord;

/**
 * An appeal as an official reads it (audited): the person, what they wrote, their
 * colours, where they were in the last weeks and their nucleic-acid tests of the last 30
 * days.
 *
 * @param correctedName the name asked for by an identity correction, in full (officials
 * check it); null otherwise
 */
public record AppealCase(long id, String maskedName, String maskedIdNumber, AppealReason reason, String details,
		String correctedName, Color colorAtFiling, Color currentColor, String state, Instant createdAt,
		long minutesLeft, List<Attachment> attachments, List<Visit> trajectory, List<Status> statuses,
		List<TestRecord> tests, Instant decidedAt, Color decidedColor, String decisionNote) {

	public record Attachment(long id, String contentType, int size) {
	}

	public record Visit(Instant at, String venueName, String divisionName) {
	}

	public record Status(Color color, StatusReason reason, Instant setAt, Instant expiresAt) {
	}

}
