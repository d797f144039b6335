package org.healthcode.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.healthcode.support.DisplayZone;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The audit log in words, in the reader's language: actions, reasons and the machine-made
 * details ({@code GREEN->YELLOW until …Z then GREEN}, {@code venue 12},
 * {@code from=… role=… page=0 total=3}, {@code FULL}), with times in Asia/Shanghai. Free
 * text (a free-text export reason in entries written before reasons became codes; notes
 * are kept apart, encrypted) is shown as it was written. The audit page calls it as
 * {@code @auditWords}; {@code AuditWordsTests} fails on an action or reason code without
 * words.
 */
@Component("auditWords")
public class AuditWords {

	static final String[] LABEL_PREFIXES = { "audit.action.", "audit.reason.", "audit.detail.", "health.reason." };

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(DisplayZone.ZONE);

	private static final Pattern COLOR_CHANGE = Pattern
		.compile("(GREEN|YELLOW|RED)->(GREEN|YELLOW|RED)(?: until (\\S+) then (GREEN|YELLOW|RED))?");

	private static final Pattern VENUE = Pattern.compile("venue (\\d{1,19})");

	private static final Pattern FILTERS = Pattern.compile("(?:[a-zA-Z]+=\\S+)(?: [a-zA-Z]+=\\S+)*");

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

	private final MessageSource messages;

	AuditWords(MessageSource messages) {
		this.messages = messages;
	}

	public String action(String code) {
		return code == null ? "" : label(code, "audit.action.");
	}

	public String reason(String code) {
		return code == null ? "" : label(code, "audit.reason.", "health.reason.");
	}

	public String detail(String detail) {
		if (detail == null || detail.isBlank()) {
			return "";
		}
		Matcher change = COLOR_CHANGE.matcher(detail);
		if (change.matches()) {
			String from = color(change.group(1));
			String to = color(change.group(2));
			if (change.group(3) == null) {
				return text("audit.detail.colorChange", from, to);
			}
			return text("audit.detail.colorChangeUntil", from, to, time(change.group(3)), color(change.group(4)));
		}
		Matcher venue = VENUE.matcher(detail);
		if (venue.matches()) {
			return text("audit.detail.venue", venue.group(1));
		}
		if (CODE.matcher(detail).matches()) {
			return label(detail, "audit.detail.");
		}
		if (FILTERS.matcher(detail).matches()) {
			return filters(detail);
		}
		return text("audit.detail.stated", detail);
	}

	/** Words for a code under the first prefix that has them; the code itself if none. */
	private String label(String code, String... prefixes) {
		Locale locale = LocaleContextHolder.getLocale();
		for (String prefix : prefixes) {
			String words = this.messages.getMessage(prefix + code, null, null, locale);
			if (words != null) {
				return words;
			}
		}
		return code;
	}

	/**
	 * The filters an administrator used, e.g.
	 * {@code from=… role=OFFICIAL page=0 total=3}.
	 */
	private String filters(String detail) {
		StringJoiner words = new StringJoiner(text("audit.detail.separator"));
		for (String pair : detail.split(" ")) {
			int equals = pair.indexOf('=');
			String name = pair.substring(0, equals);
			String value = pair.substring(equals + 1);
			String shown = switch (name) {
				case "from", "before", "to" -> time(value);
				case "role" -> label(value, "audit.role.");
				case "action" -> action(value);
				case "subject" -> "";
				case "page" -> pageNumber(value);
				default -> value;
			};
			words.add(text("audit.filter.word." + name, shown));
		}
		return words.toString();
	}

	private static String pageNumber(String value) {
		try {
			return Integer.toString(Integer.parseInt(value) + 1);
		}
		catch (NumberFormatException ex) {
			return value;
		}
	}

	private String color(String code) {
		return text("health.color." + code);
	}

	private static String time(String instant) {
		try {
			return TIME.format(Instant.parse(instant));
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDate.parse(instant).toString();
			}
			catch (DateTimeParseException notADate) {
				return instant;
			}
		}
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
