package org.healthcode.venue;

import java.time.Instant;

/**
 * A venue as its manager sees it: everything, with the manager's personal data masked.
 *
 * @param token the signed venue token in the poster's QR code
 * @param scanUrl the URL the QR code encodes, {@code {base-url}/s/{token}}
 * @param divisionName full division name, e.g. {@code 山东省济南市历下区}
 * @param location map point or null
 * @param codeIssuedAt when the current code (token) was generated; posters print its date
 */
public record VenueView(long id, String token, String scanUrl, String name, VenueCategory category,
		VenueSubtype subtype, String divisionCode, String divisionName, String address,
		ApplyVenueRequest.Location location, VenueStatus status, int tokenVersion, int contactWindowMinutes,
		MaskedManager manager, Instant codeIssuedAt, Instant createdAt, Instant updatedAt) {

	public boolean active() {
		return this.status == VenueStatus.ACTIVE;
	}

	/**
	 * The manager as shown on any screen: {@code 张*三}, {@code 138****5678},
	 * {@code 3701**********9973}.
	 */
	public record MaskedManager(String name, String phone, String idNumber) {
	}

}
