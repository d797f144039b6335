package org.healthcode.venue;

import java.time.Instant;

/** A row of the {@code venue} table; the manager's data is still encrypted. */
record VenueRow(long id, String name, VenueSubtype subtype, String divisionCode, String address, Double latitude,
		Double longitude, String duplicateKey, long managerAccountId, byte[] managerNameCipher,
		byte[] managerPhoneCipher, byte[] managerPhoneIndex, byte[] managerIdNumberCipher, byte[] managerIdNumberIndex,
		VenueStatus status, int tokenVersion, String token, Instant tokenIssuedAt, Instant createdAt,
		Instant updatedAt) {

	@Override
	public String toString() {
		return "VenueRow[id=" + this.id + ", status=" + this.status + ", tokenVersion=" + this.tokenVersion + "]";
	}

}
