package org.healthcode.audit;

import java.time.Instant;
import java.util.StringJoiner;

/**
 * A checked {@link AuditFilter}: time bounds as instants, the person as id and/or blind
 * index. Holds no personal data: the subject is a person id and an HMAC.
 *
 * @param before exclusive upper bound
 * @param personId the person an ID number belongs to, when known
 * @param subjectIndex blind index of the ID number searched for, or null
 * @param subjectMaskedIdNumber the searched ID number masked, shown for entries without
 * person
 */
record AuditCriteria(Instant from, Instant before, String actorRole, Long actorAccountId, String action, Long personId,
		byte[] subjectIndex, String subjectMaskedIdNumber, int page, int size) {

	boolean bySubject() {
		return this.subjectIndex != null;
	}

	long offset() {
		return (long) this.page * this.size;
	}

	/**
	 * Which filters were used, without their personal values: the detail of the
	 * AUDIT_READ entry.
	 */
	String describe() {
		StringJoiner used = new StringJoiner(" ");
		if (this.from != null) {
			used.add("from=" + this.from);
		}
		if (this.before != null) {
			used.add("before=" + this.before);
		}
		if (this.actorRole != null) {
			used.add("role=" + this.actorRole);
		}
		if (this.actorAccountId != null) {
			used.add("actor=" + this.actorAccountId);
		}
		if (this.action != null) {
			used.add("action=" + this.action);
		}
		if (bySubject()) {
			used.add("subject=idNumber");
		}
		used.add("page=" + this.page);
		return used.toString();
	}

	@Override
	public String toString() {
		return "AuditCriteria[" + describe() + "]";
	}

}
