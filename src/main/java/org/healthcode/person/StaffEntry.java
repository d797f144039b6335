package org.healthcode.person;

import org.healthcode.identity.IdNumber;
import org.healthcode.identity.PersonName;

/**
 * One person in a batch staff typed or imported (a vaccination point's records): the ID
 * number and the name on the record. Its {@code toString()} masks both.
 */
public record StaffEntry(IdNumber idNumber, PersonName name) {

	@Override
	public String toString() {
		return "StaffEntry[" + this.idNumber.masked() + ", " + this.name.masked() + "]";
	}

}
