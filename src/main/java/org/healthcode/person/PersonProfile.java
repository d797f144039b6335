package org.healthcode.person;

/**
 * What other modules and screens may know of a person: masked name and ID number, the
 * opaque reference used in signed tokens, and whether a resident account owns this
 * identity.
 *
 * @param maskedName e.g. {@code 张*三}; empty when the name was never given
 * @param maskedIdNumber e.g. {@code 3701**********9973}
 * @param publicRef random reference, safe to put into a signed token
 * @param accountId the resident account whose identity this is, or null
 */
public record PersonProfile(PersonId id, String maskedName, String maskedIdNumber, String publicRef, Long accountId) {

	public boolean hasAccount() {
		return this.accountId != null;
	}

}
