package org.healthcode.account;

/**
 * What an account may do. Venue managers are residents who own venues, not a role of
 * their own.
 */
public enum Role {

	RESIDENT, OFFICIAL, ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
