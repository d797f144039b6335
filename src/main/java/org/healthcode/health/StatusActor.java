package org.healthcode.health;

import org.healthcode.account.AccountPrincipal;

/**
 * Who changed a status: a staff account, or the system carrying a status forward when it
 * expires.
 *
 * @param role {@code OFFICIAL}, {@code ADMIN} or {@code SYSTEM}
 * @param accountId the staff account, null for the system
 */
public record StatusActor(String role, Long accountId) {

	public static final String SYSTEM_ROLE = "SYSTEM";

	public static StatusActor system() {
		return new StatusActor(SYSTEM_ROLE, null);
	}

	public static StatusActor of(AccountPrincipal principal) {
		return new StatusActor(principal.role().name(), principal.accountId());
	}

}
