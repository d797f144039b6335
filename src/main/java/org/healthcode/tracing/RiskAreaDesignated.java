package org.healthcode.tracing;

import java.time.Instant;
import java.util.List;

/**
 * An official designated a risk area; published in the transaction that stores it, for
 * the audit to record who designated what.
 *
 * @param divisionCode the division designated, or null when {@code venueIds} are
 * @param visitors persons known to have checked in there in the period, to be marked
 * @param reason what the official typed: free text, so the audit keeps it encrypted
 */
public record RiskAreaDesignated(long riskAreaId, RiskLevel level, String divisionCode, List<Long> venueIds,
		Instant from, Instant to, int visitors, String actorRole, long actorAccountId, String reason, Instant at) {

	public RiskAreaDesignated {
		venueIds = List.copyOf(venueIds);
	}

}
