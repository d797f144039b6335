package org.healthcode.venue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;

import org.healthcode.identity.IdNumber;
import org.healthcode.identity.PersonName;
import org.healthcode.identity.PhoneNumber;
import org.healthcode.support.DisplayZone;
import org.healthcode.support.HealthCodeException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Turns a shape-checked {@link ApplyVenueRequest} into validated values, or refuses it with a
 * specific problem code: category and subtype, division, printable text, and the
 * manager's real-name data.
 */
@Component
class VenueApplicationReader {

	private final Divisions divisions;

	private final PosterFont font;

	private final Clock clock;

	VenueApplicationReader(Divisions divisions, PosterFont font, Clock clock) {
		this.divisions = divisions;
		this.font = font;
		this.clock = clock;
	}

	Application read(ApplyVenueRequest request) {
		VenueSubtype subtype = VenueSubtype.find(request.subtype())
			.filter(candidate -> candidate.category().name().equals(request.category()))
			.orElseThrow(() -> new HealthCodeException("VENUE_CATEGORY_INVALID", HttpStatus.BAD_REQUEST));
		Division division = this.divisions.findCounty(request.divisionCode())
			.orElseThrow(() -> new HealthCodeException("VENUE_DIVISION_INVALID", HttpStatus.BAD_REQUEST));
		String name = tidy(request.name());
		String address = tidy(request.address());
		if (!this.font.canDisplay(name)) {
			throw new HealthCodeException("VENUE_NAME_UNPRINTABLE", HttpStatus.BAD_REQUEST);
		}
		if (!this.font.canDisplay(address)) {
			throw new HealthCodeException("VENUE_ADDRESS_UNPRINTABLE", HttpStatus.BAD_REQUEST);
		}
		ApplyVenueRequest.Manager manager = request.manager();
		PersonName managerName = PersonName.parse(manager.name());
		PhoneNumber managerPhone = PhoneNumber.parse(manager.phone());
		IdNumber managerIdNumber = IdNumber.parse(manager.idNumber(), LocalDate.ofInstant(this.clock.instant(), DisplayZone.ZONE));
		return new Application(name, subtype, division, address, request.location(), managerName, managerPhone, managerIdNumber,
				duplicateKey(division.code(), name, address));
	}

	/** Surrounding blanks removed and runs of blanks made one space, as people mean them. */
	private static String tidy(String text) {
		return text.strip().replaceAll("\\s+", " ");
	}

	/**
	 * What makes two applications "the same venue": division, name and address compared without
	 * width, case and blanks (NFKC turns full-width letters and digits into ASCII). Hashed to keep the
	 * key short whatever NFKC expands to.
	 */
	static String duplicateKey(String divisionCode, String name, String address) {
		String normal = divisionCode + "\n" + normalise(name) + "\n" + normalise(address);
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	private static String normalise(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
	}

	record Application(String name, VenueSubtype subtype, Division division, String address,
			ApplyVenueRequest.Location location, PersonName managerName, PhoneNumber managerPhone,
			IdNumber managerIdNumber, String duplicateKey) {
	}

}
