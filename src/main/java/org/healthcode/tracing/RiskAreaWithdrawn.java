package org.healthcode.tracing;

import java.time.Instant;

/**
 * An official withdrew a risk area; published in the transaction that marks it withdrawn
 * (before the statuses it set are reverted, each with its own audit entry).
 *
 * @param note what the official typed, if anything: the audit keeps it encrypted
 */
public record RiskAreaWithdrawn(long riskAreaId, RiskLevel level, String actorRole, long actorAccountId, String note,
		Instant at) {
}
