package org.healthcode.venue;

import org.healthcode.identity.Masking;
import org.healthcode.identity.PiiCipher;
import org.healthcode.identity.PiiField;

import org.springframework.stereotype.Component;

/**
 * Turns rows into what managers and scanners see: division names, contact window, masked
 * manager.
 */
@Component
class VenueViews {

	private final Divisions divisions;

	private final VenueTokens tokens;

	private final PiiCipher cipher;

	private final VenueProperties properties;

	VenueViews(Divisions divisions, VenueTokens tokens, PiiCipher cipher, VenueProperties properties) {
		this.divisions = divisions;
		this.tokens = tokens;
		this.cipher = cipher;
		this.properties = properties;
	}

	VenueView of(VenueRow row) {
		VenueView.MaskedManager manager = new VenueView.MaskedManager(
				Masking.name(this.cipher.decrypt(PiiField.NAME, row.managerNameCipher())),
				Masking.phone(this.cipher.decrypt(PiiField.PHONE, row.managerPhoneCipher())),
				Masking.idNumber(this.cipher.decrypt(PiiField.ID_NUMBER, row.managerIdNumberCipher())));
		ApplyVenueRequest.Location location = row.latitude() != null
				? new ApplyVenueRequest.Location(row.latitude(), row.longitude()) : null;
		return new VenueView(row.id(), row.token(), this.tokens.scanUrl(row.token()), row.name(),
				row.subtype().category(), row.subtype(), row.divisionCode(),
				this.divisions.fullName(row.divisionCode()), row.address(), location, row.status(), row.tokenVersion(),
				this.properties.contactWindowOf(row.subtype()), manager, row.tokenIssuedAt(), row.createdAt(),
				row.updatedAt());
	}

	PublicVenue publicOf(VenueRow row) {
		return new PublicVenue(row.id(), row.name(), row.address(), row.divisionCode(),
				this.divisions.fullName(row.divisionCode()), row.subtype().category(), row.subtype(),
				this.properties.contactWindowOf(row.subtype()));
	}

}
