package org.healthcode.checkin;

/**
 * A gate registration: exactly one of the visitor's shown health code
 * ({@code healthToken}) or, for a visitor without a phone, their ID number and name.
 */
record GateRequest(String healthToken, String idNumber, String name) {

	boolean byToken() {
		return present(this.healthToken) && this.idNumber == null && this.name == null;
	}

	boolean byIdentity() {
		return this.healthToken == null && present(this.idNumber) && present(this.name);
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
