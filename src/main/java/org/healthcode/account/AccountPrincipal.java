package org.healthcode.account;

import java.io.Serializable;

/**
 * Who is signed in: a resident account or a staff account. Holds no personal data;
 * {@code label} is already masked (a resident's phone as {@code 138****5678}, a staff
 * member's username).
 */
public record AccountPrincipal(Role role, long accountId, String label) implements Serializable {

	public boolean resident() {
		return this.role == Role.RESIDENT;
	}

	public boolean staff() {
		return this.role != Role.RESIDENT;
	}

}
