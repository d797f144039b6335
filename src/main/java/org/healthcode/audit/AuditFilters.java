package org.healthcode.audit;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.healthcode.identity.BlindIndex;
import org.healthcode.identity.IdNumber;
import org.healthcode.person.PersonProfile;
import org.healthcode.person.PersonService;
import org.healthcode.support.AsciiDigits;
import org.healthcode.support.DisplayZone;
import org.healthcode.support.HealthCodeException;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Checks what an administrator typed into an {@link AuditCriteria}. Every bad value is a
 * 400 {@code AUDIT_FILTER_INVALID} naming the field (an invalid ID number:
 * {@code ID_NUMBER_INVALID}).
 */
@Component
class AuditFilters {

	static final int DEFAULT_SIZE = 50;

	static final int MAX_SIZE = 200;

	// deeper than anyone pages by hand; keeps OFFSET bounded
	static final int MAX_PAGE = 100_000;

	static final Set<String> ROLES = Set.of("RESIDENT", "OFFICIAL", "ADMIN", "SAMPLER", "LAB", "VACCINATOR", "SYSTEM");

	private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

	private final PersonService persons;

	private final BlindIndex blindIndex;

	private final Clock clock;

	AuditFilters(PersonService persons, BlindIndex blindIndex, Clock clock) {
		this.persons = persons;
		this.blindIndex = blindIndex;
		this.clock = clock;
	}

	AuditCriteria check(AuditFilter filter) {
		Instant from = instant("from", filter.from(), false);
		Instant before = instant("to", filter.to(), true);
		if (from != null && before != null && !from.isBefore(before)) {
			throw invalid("to");
		}
		String role = blankToNull(filter.actorRole());
		if (role != null) {
			role = role.toUpperCase(Locale.ROOT);
			if (!ROLES.contains(role)) {
				throw invalid("actorRole");
			}
		}
		if (filter.actorAccountId() != null && filter.actorAccountId() <= 0) {
			throw invalid("actorAccountId");
		}
		String action = blankToNull(filter.action());
		if (action != null && !ACTION.matcher(action).matches()) {
			throw invalid("action");
		}
		int page = filter.page() == null ? 0 : filter.page();
		if (page < 0 || page > MAX_PAGE) {
			throw invalid("page");
		}
		int size = filter.size() == null ? DEFAULT_SIZE : filter.size();
		if (size < 1 || size > MAX_SIZE) {
			throw invalid("size");
		}
		String idNumberInput = blankToNull(filter.idNumber());
		if (idNumberInput == null) {
			return new AuditCriteria(from, before, role, filter.actorAccountId(), action, null, null, null, page, size);
		}
		IdNumber idNumber = IdNumber.parse(idNumberInput, LocalDate.ofInstant(this.clock.instant(), DisplayZone.ZONE));
		// entries carry the person id, the blind index, or both: match either
		Optional<PersonProfile> person = this.persons.findByIdNumber(idNumber);
		return new AuditCriteria(from, before, role, filter.actorAccountId(), action,
				person.map(profile -> profile.id().value()).orElse(null), this.blindIndex.of(idNumber),
				idNumber.masked(), page, size);
	}

	/**
	 * A filter from text fields (query parameters, a form): numbers that are not numbers
	 * are bad filters.
	 */
	static AuditFilter fromText(String from, String to, String actorRole, String actorAccountId, String action,
			String idNumber, String page, String size) {
		return new AuditFilter(from, to, actorRole, number("actorAccountId", actorAccountId), action, idNumber,
				integer("page", page), integer("size", size));
	}

	private static Instant instant(String field, String value, boolean end) {
		String text = blankToNull(value);
		if (text == null) {
			return null;
		}
		try {
			if (text.length() == 10) {
				LocalDate day = LocalDate.parse(text);
				return (end ? day.plusDays(1) : day).atStartOfDay(DisplayZone.ZONE).toInstant();
			}
			Instant instant = switch (offsetOf(text)) {
				case 'Z' -> Instant.parse(text.toUpperCase(Locale.ROOT));
				case '+' -> OffsetDateTime.parse(text).toInstant();
				default -> LocalDateTime.parse(text).atZone(DisplayZone.ZONE).toInstant();
			};
			// the database keeps microseconds: "up to and including" this instant
			return end ? instant.truncatedTo(ChronoUnit.MICROS).plus(1, ChronoUnit.MICROS) : instant;
		}
		catch (DateTimeException ex) {
			throw invalid(field);
		}
	}

	/**
	 * 'Z' for UTC, '+' for another offset, ' ' for a local time (read in Asia/Shanghai).
	 */
	private static char offsetOf(String dateTime) {
		if (dateTime.endsWith("Z") || dateTime.endsWith("z")) {
			return 'Z';
		}
		int time = dateTime.indexOf('T');
		boolean offset = time > 0 && (dateTime.indexOf('+', time) > 0 || dateTime.indexOf('-', time) > 0);
		return offset ? '+' : ' ';
	}

	private static Long number(String field, String value) {
		String text = blankToNull(value);
		if (text == null) {
			return null;
		}
		try {
			return AsciiDigits.parseLong(text);
		}
		catch (NumberFormatException ex) {
			throw invalid(field);
		}
	}

	private static Integer integer(String field, String value) {
		Long number = number(field, value);
		if (number != null && (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE)) {
			throw invalid(field);
		}
		return number == null ? null : number.intValue();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** Names the field by its label, in the reader's language. */
	static HealthCodeException invalid(String field) {
		return new HealthCodeException("AUDIT_FILTER_INVALID", HttpStatus.BAD_REQUEST,
				new DefaultMessageSourceResolvable(new String[] { "audit.filter." + field }, field));
	}

}
