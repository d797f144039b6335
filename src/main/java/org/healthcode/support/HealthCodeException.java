package org.healthcode.support;

import java.time.Duration;

import org.springframework.http.HttpStatus;

/**
 * A failure a person caused and can understand. Carries a stable {@code code} for clients
 * and a message key whose text (zh / en) explains it. Never carries personal data: the
 * message is resolved from the bundle, not built from the input.
 */
public class HealthCodeException extends RuntimeException {

	private final String code;

	private final HttpStatus status;

	private final Object[] messageArgs;

	private Duration retryAfter;

	public HealthCodeException(String code, HttpStatus status, Object... messageArgs) {
		super(code);
		this.code = code;
		this.status = status;
		this.messageArgs = messageArgs;
	}

	/** Stable machine-readable code, e.g. {@code ID_NUMBER_INVALID}. */
	public String code() {
		return this.code;
	}

	public HttpStatus status() {
		return this.status;
	}

	/** Key of the human-readable text in {@code messages*.properties}. */
	public String messageKey() {
		return "problem." + this.code;
	}

	public Object[] messageArgs() {
		return this.messageArgs.clone();
	}

	/**
	 * Asks the client to wait this long before trying again (a {@code Retry-After} header
	 * on 429 and 503 answers).
	 */
	public HealthCodeException retryAfter(Duration wait) {
		this.retryAfter = wait;
		return this;
	}

	/** The wait asked of the client, or {@code null} when the answer does not say. */
	public Duration retryAfter() {
		return this.retryAfter;
	}

}
