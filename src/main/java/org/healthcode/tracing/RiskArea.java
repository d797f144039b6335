package org.healthcode.tracing;

import java.time.Instant;
import java.util.List;

/**
 * A risk-area designation and how far its marking got.
 *
 * @param divisionCode the division designated, or null when {@code venueIds} are
 * @param state {@code ACTIVE} or {@code WITHDRAWN}
 * @param marking the bulk marking of everyone who was there in the period
 * @param reverted persons set back by the withdrawal (statuses nobody changed since)
 */
public record RiskArea(long id, RiskLevel level, String divisionCode, String divisionName, List<Long> venueIds,
		Instant from, Instant to, String reason, String state, Instant createdAt, MarkingJob marking,
		Instant withdrawnAt, int reverted) {

	public boolean active() {
		return "ACTIVE".equals(this.state);
	}

}
