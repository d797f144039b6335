package org.healthcode.venue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.healthcode.identity.IdNumber;
import org.healthcode.identity.PersonName;
import org.healthcode.identity.PhoneNumber;
import org.healthcode.identity.VisibleText;
import org.healthcode.support.DisplayZone;
import org.healthcode.support.HealthCodeException;
import org.healthcode.support.PrintFont;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Turns a shape-checked {@link ApplyVenueRequest} into validated values, or refuses it
 * with a specific problem code: category and subtype, division, visible and printable
 * text (stored in NFKC form, see {@link VisibleText}), and the manager's real-name data.
 */
@Component
class VenueApplicationReader {

	private static final int NAME_MAX = 50;

	private static final int ADDRESS_MAX = 120;

	private final Divisions divisions;

	private final PrintFont font;

	private final Clock clock;

	VenueApplicationReader(Divisions divisions, PrintFont font, Clock clock) {
		this.divisions = divisions;
		this.font = font;
		this.clock = clock;
	}

	/**
	 * The validated application.
	 * @throws HealthCodeException the first of {@link #problems}
	 */
	Application read(ApplyVenueRequest request) {
		problems(request).values().stream().findFirst().ifPresent(problem -> {
			throw problem;
		});
		VenueSubtype subtype = VenueSubtype.valueOf(request.subtype());
		Division division = this.divisions.findCounty(request.divisionCode()).orElseThrow();
		String name = VisibleText.normalise(request.name());
		String address = VisibleText.normalise(request.address());
		ApplyVenueRequest.Manager manager = request.manager();
		return new Application(name, subtype, division, address, request.location(), PersonName.parse(manager.name()),
				PhoneNumber.parse(manager.phone()), IdNumber.parse(manager.idNumber(), today()),
				duplicateKey(division.code(), name, address));
	}

	/**
	 * Everything wrong with the values of an application, keyed by request property
	 * ({@code
	 * manager.phone}), so a form can show all of them at once. Values missing altogether
	 * are left to Bean Validation.
	 */
	Map<String, HealthCodeException> problems(ApplyVenueRequest request) {
		Map<String, HealthCodeException> problems = new LinkedHashMap<>();
		if (request.subtype() != null && VenueSubtype.find(request.subtype())
			.filter(subtype -> subtype.category().name().equals(request.category()))
			.isEmpty()) {
			problems.put("subtype", problem("VENUE_CATEGORY_INVALID"));
		}
		if (request.divisionCode() != null && this.divisions.findCounty(request.divisionCode()).isEmpty()) {
			problems.put("divisionCode", problem("VENUE_DIVISION_INVALID"));
		}
		text(problems, "name", request.name(), NAME_MAX,
				new TextCodes("VENUE_NAME_INVISIBLE", "VENUE_NAME_TOO_LONG", "VENUE_NAME_UNPRINTABLE"));
		text(problems, "address", request.address(), ADDRESS_MAX,
				new TextCodes("VENUE_ADDRESS_INVISIBLE", "VENUE_ADDRESS_TOO_LONG", "VENUE_ADDRESS_UNPRINTABLE"));
		ApplyVenueRequest.Manager manager = request.manager();
		if (manager != null) {
			check(problems, "manager.name", manager.name(), () -> PersonName.parse(manager.name()));
			check(problems, "manager.phone", manager.phone(), () -> PhoneNumber.parse(manager.phone()));
			check(problems, "manager.idNumber", manager.idNumber(), () -> IdNumber.parse(manager.idNumber(), today()));
		}
		return problems;
	}

	/**
	 * Visible, still short enough once normalised (NFKC expands a few characters, e.g.
	 * {@code ㈱} to {@code (株)}), and printable on the poster.
	 */
	private void text(Map<String, HealthCodeException> problems, String property, String value, int max,
			TextCodes codes) {
		if (value == null) {
			return;
		}
		String normal = VisibleText.normalise(value);
		if (VisibleText.hasInvisible(value)) {
			problems.put(property, problem(codes.invisible()));
		}
		else if (normal.length() > max) {
			problems.put(property, new HealthCodeException(codes.tooLong(), HttpStatus.BAD_REQUEST, max));
		}
		else if (!this.font.canDisplay(normal)) {
			problems.put(property, problem(codes.unprintable()));
		}
	}

	private static void check(Map<String, HealthCodeException> problems, String property, String value,
			Runnable parse) {
		if (value == null || value.isBlank()) {
			return;
		}
		try {
			parse.run();
		}
		catch (HealthCodeException ex) {
			problems.put(property, ex);
		}
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), DisplayZone.ZONE);
	}

	private static HealthCodeException problem(String code) {
		return new HealthCodeException(code, HttpStatus.BAD_REQUEST);
	}

	/**
	 * What makes two applications "the same venue": division, name and address compared
	 * without width, case and blanks (NFKC turns full-width letters and digits into
	 * ASCII). Hashed to keep the key short whatever NFKC expands to.
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

	/** The problem codes of one text field. */
	private record TextCodes(String invisible, String tooLong, String unprintable) {
	}

	record Application(String name, VenueSubtype subtype, Division division, String address,
			ApplyVenueRequest.Location location, PersonName managerName, PhoneNumber managerPhone,
			IdNumber managerIdNumber, String duplicateKey) {
	}

}
