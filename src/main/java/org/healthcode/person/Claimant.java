package org.healthcode.person;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.account.Role;

/**
 * The account on whose behalf a real-name check is made, for throttling and the audit.
 *
 * @param role {@code RESIDENT}, {@code OFFICIAL}, ...
 */
record Claimant(long accountId, String role, boolean staff) {

	static Claimant resident(long accountId) {
		return new Claimant(accountId, Role.RESIDENT.name(), false);
	}

	static Claimant of(AccountPrincipal principal) {
		return new Claimant(principal.accountId(), principal.role().name(), principal.staff());
	}

}
