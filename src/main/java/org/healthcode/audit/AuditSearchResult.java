package org.healthcode.audit;

import java.time.Instant;
import java.util.List;

/**
 * One page of the audit log as administrators see it: subjects masked, staff named.
 *
 * @param page zero-based
 * @param total entries matching the filters, over all pages
 */
record AuditSearchResult(List<Item> items, int page, int size, long total) {

	public int pages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean hasNext() {
		return (long) (this.page + 1) * this.size < this.total;
	}

	/**
	 * @param actorName a staff member's username; null for residents and the system
	 * @param subject the person the entry is about, masked; null when it is about no one
	 */
	record Item(long id, Instant at, String actorRole, Long actorAccountId, String actorName, String action,
			Subject subject, String reason, String detail) {
	}

	/**
	 * @param maskedName empty when the name was never given
	 */
	record Subject(String maskedName, String maskedIdNumber) {
	}

}
