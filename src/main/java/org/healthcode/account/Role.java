package org.healthcode.account;

/**
 * What an account may do. Venue managers and venue staff (guards) are residents tied to
 * venues, not roles of their own. Samplers, labs and vaccinators are staff of a site.
 */
public enum Role {

	RESIDENT, OFFICIAL, ADMIN, SAMPLER, LAB, VACCINATOR;

	/** Roles whose accounts belong to a site ({@link StaffSite}). */
	public boolean siteStaff() {
		return this == SAMPLER || this == LAB || this == VACCINATOR;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
