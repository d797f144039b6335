package org.healthcode.audit;

/**
 * What an administrator asks of the audit log, as typed: every field optional. The same
 * record is the JSON body of {@code POST /api/v1/audit/search}; {@link AuditFilters}
 * checks and resolves it.
 *
 * @param from ISO instant or date (a day in Asia/Shanghai, inclusive)
 * @param to ISO instant or date (inclusive)
 * @param idNumber the person the entries are about; only ever in a request body, never a
 * URL
 * @param page zero-based, newest entries first
 * @param size at most {@value AuditFilters#MAX_SIZE}
 */
record AuditFilter(String from, String to, String actorRole, Long actorAccountId, String action, String idNumber,
		Integer page, Integer size) {

	static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null, null, null);
	}

	@Override
	public String toString() {
		return "AuditFilter[from=" + this.from + ", to=" + this.to + ", actorRole=" + this.actorRole
				+ ", actorAccountId=" + this.actorAccountId + ", action=" + this.action + ", idNumber="
				+ (this.idNumber == null ? "none" : "given") + ", page=" + this.page + ", size=" + this.size + "]";
	}

}
