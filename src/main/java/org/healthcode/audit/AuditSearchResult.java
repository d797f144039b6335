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
	 * @param reason why, as a code (a status reason, a purpose from a fixed list)
	 * @param reasonText the code in the reader's language (the code itself when it has no
	 * words)
	 * @param note what the actor typed to explain the reason, decrypted; null if none
	 * @param detail short machine-made detail
	 */
	record Item(long id, Instant at, String actorRole, Long actorAccountId, String actorName, String action,
			Subject subject, String reason, String reasonText, String note, String detail) {
	}

	/**
	 * @param maskedName empty when the name was never given
	 */
	record Subject(String maskedName, String maskedIdNumber) {
	}

}
