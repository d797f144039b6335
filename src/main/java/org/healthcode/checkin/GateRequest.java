package org.healthcode.checkin;

/**
 * A gate registration: exactly one of the visitor's shown health code
 * ({@code healthToken}), their printed card ({@code cardToken}) or, for a visitor without
 * a phone or card, their ID number and name.
 */
record GateRequest(String healthToken, String idNumber, String name, String cardToken) {

	boolean byToken() {
		return present(this.healthToken) && this.idNumber == null && this.name == null && this.cardToken == null;
	}

	boolean byIdentity() {
		return this.healthToken == null && present(this.idNumber) && present(this.name) && this.cardToken == null;
	}

	boolean byCard() {
		return present(this.cardToken) && this.healthToken == null && this.idNumber == null && this.name == null;
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
