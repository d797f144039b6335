package org.healthcode.tracing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import org.healthcode.support.AsciiDigits;
import org.healthcode.support.DisplayZone;
import org.healthcode.support.HealthCodeException;

import org.springframework.http.HttpStatus;

/**
 * What the console's form posts: times as the browser's {@code datetime-local} values,
 * read in Asia/Shanghai. Values are cut to their field's length; nothing here is ever put
 * into a URL.
 */
record TracingForm(String idNumber, String from, String to, String windowMinutes, boolean secondDegree) {

	TracingForm {
		idNumber = limit(idNumber, 30).strip();
		from = limit(from, 20);
		to = limit(to, 20);
		windowMinutes = limit(windowMinutes, 5).strip();
	}

	/** The default period: the last 14 days, today included. */
	static TracingForm empty(Clock clock) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), DisplayZone.ZONE);
		return new TracingForm("", today.minusDays(13).atStartOfDay().toString(),
				today.plusDays(1).atStartOfDay().toString(), "", false);
	}

	Instant fromInstant() {
		return instant(this.from);
	}

	Instant toInstant() {
		return instant(this.to);
	}

	Integer window() {
		if (this.windowMinutes.isEmpty()) {
			return null;
		}
		try {
			return AsciiDigits.parseInt(this.windowMinutes);
		}
		catch (NumberFormatException ex) {
			throw new HealthCodeException("TRACING_WINDOW_INVALID", HttpStatus.BAD_REQUEST);
		}
	}

	private static Instant instant(String value) {
		try {
			return LocalDateTime.parse(value).truncatedTo(ChronoUnit.MINUTES).atZone(DisplayZone.ZONE).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new HealthCodeException("TRACING_PERIOD_INVALID", HttpStatus.BAD_REQUEST, 28);
		}
	}

	static String limit(String value, int max) {
		String text = value == null ? "" : value;
		return text.length() > max ? text.substring(0, max) : text;
	}

	@Override
	public String toString() {
		return "TracingForm[from=" + this.from + ", to=" + this.to + "]";
	}

}
