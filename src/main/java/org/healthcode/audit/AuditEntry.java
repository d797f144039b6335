package org.healthcode.audit;

import java.time.Instant;

/**
 * One thing that happened to someone's data. Holds no personal data itself: the subject
 * is a person id, the reason a code.
 *
 * @param actorRole {@code RESIDENT}, {@code OFFICIAL}, {@code ADMIN} or {@code SYSTEM}
 * @param action e.g. {@code HEALTH_STATUS_CHANGED}, {@code PROFILE_REGISTERED}
 * @param reason why, as a code (a status reason, a purpose)
 * @param detail short machine-made detail, e.g. {@code GREEN->RED}
 */
public record AuditEntry(long id, Instant occurredAt, String actorRole, Long actorAccountId, String action,
		Long personId, String reason, String detail) {
}
