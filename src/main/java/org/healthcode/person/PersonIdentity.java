package org.healthcode.person;

/**
 * A person's full, unmasked name and ID number, for an official's audited use only (a
 * full export stated with a reason). {@link #toString()} masks both, so it cannot leak
 * into a log.
 *
 * @param name the full name; empty when it was never given
 */
public record PersonIdentity(PersonId id, String name, String idNumber) {

	@Override
	public String toString() {
		return "PersonIdentity[id=" + this.id + ", name=***, idNumber=***]";
	}

}
