package org.healthcode.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.healthcode.identity.PiiCipher;
import org.healthcode.identity.PiiField;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only record of who read or changed whose data. Other modules do not call it:
 * they publish events ({@code HealthStatusChanged}, {@code PersonalDataAccessed}, ...)
 * that {@link AuditEventListener} records in their transaction.
 */
@Service
public class AuditService {

	private static final int DETAIL_MAX = 200;

	private static final int NOTE_MAX = 500;

	static final String AUDIT_READ = "AUDIT_READ";

	private final AuditRepository audit;

	private final AuditFilters filters;

	private final AuditViews views;

	private final PiiCipher cipher;

	private final Clock clock;

	AuditService(AuditRepository audit, AuditFilters filters, AuditViews views, PiiCipher cipher, Clock clock) {
		this.audit = audit;
		this.filters = filters;
		this.views = views;
		this.cipher = cipher;
		this.clock = clock;
	}

	/** Appends an entry, in the caller's transaction when there is one. */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(Instant at, String actorRole, Long actorAccountId, String action, Long personId,
			byte[] subjectIndex, String reason, String detail) {
		record(at, actorRole, actorAccountId, action, personId, subjectIndex, reason, detail, null);
	}

	/**
	 * Appends an entry with a note someone typed: kept encrypted with the personal-data
	 * key, shown to administrators only. {@code reason} stays a code and {@code detail}
	 * machine-made.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(Instant at, String actorRole, Long actorAccountId, String action, Long personId,
			byte[] subjectIndex, String reason, String detail, String note) {
		String boundedDetail = detail == null || detail.length() <= DETAIL_MAX ? detail
				: detail.substring(0, DETAIL_MAX);
		byte[] noteCipher = note == null || note.isBlank() ? null
				: this.cipher.encrypt(PiiField.AUDIT_NOTE, bounded(note.strip(), NOTE_MAX));
		this.audit.append(at, actorRole, actorAccountId, action, personId, subjectIndex, reason, boundedDetail,
				noteCipher);
	}

	private static String bounded(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	/**
	 * An administrator reads the log, notes decrypted. The read is itself recorded
	 * ({@code AUDIT_READ}, with the person searched for and which filters were used) in
	 * the same transaction as the read.
	 */
	@Transactional
	AuditSearchResult search(AuditFilter filter, long adminAccountId) {
		AuditCriteria criteria = this.filters.check(filter);
		List<AuditRepository.Row> rows = this.audit.search(criteria);
		long total = criteria.page() == 0 && rows.size() < criteria.size() ? rows.size() : this.audit.count(criteria);
		record(this.clock.instant(), "ADMIN", adminAccountId, AUDIT_READ, criteria.personId(), criteria.subjectIndex(),
				"AUDIT_REVIEW", criteria.describe() + " total=" + total);
		return new AuditSearchResult(this.views.of(rows, criteria), criteria.page(), criteria.size(), total);
	}

	/** The actions recorded so far, for the administrators' filter. */
	List<String> actions() {
		return this.audit.actions();
	}

	/** Newest first. */
	public List<AuditEntry> forPerson(long personId, int limit) {
		return this.audit.forPerson(personId, limit);
	}

}
