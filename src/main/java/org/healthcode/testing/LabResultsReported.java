package org.healthcode.testing;

import java.time.Instant;

/**
 * A lab reported results; the audit keeps one entry per report (the colour changes it
 * caused are audited per person by the health module).
 */
public record LabResultsReported(String actorRole, long actorAccountId, int accepted, int positives, Instant at) {
}
