package org.healthcode.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only record of who read or changed whose data. Other modules do not call it: they
 * publish events ({@code HealthStatusChanged}, {@code PersonalDataAccessed}, ...) that
 * {@link AuditEventListener} records in their transaction.
 */
@Service
public class AuditService {

	private static final int DETAIL_MAX = 200;

	private final AuditRepository audit;

	AuditService(AuditRepository audit) {
		this.audit = audit;
	}

	/** Appends an entry, in the caller's transaction when there is one. */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(Instant at, String actorRole, Long actorAccountId, String action, Long personId, byte[] subjectIndex,
			String reason, String detail) {
		String boundedDetail = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
		this.audit.append(at, actorRole, actorAccountId, action, personId, subjectIndex, reason, boundedDetail);
	}

	/** Newest first. */
	public List<AuditEntry> forPerson(long personId, int limit) {
		return this.audit.forPerson(personId, limit);
	}

}
