package org.healthcode.identity;

import org.healthcode.support.HealthCodeException;

import org.springframework.http.HttpStatus;

/** The ID number is not a valid GB 11643 number; says why without repeating it. */
public class InvalidIdNumberException extends HealthCodeException {

	private final Reason reason;

	public InvalidIdNumberException(Reason reason) {
		super("ID_NUMBER_INVALID", HttpStatus.BAD_REQUEST);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	@Override
	public String messageKey() {
		return "problem.ID_NUMBER_INVALID." + this.reason.name();
	}

	public enum Reason {

		FORMAT, DIVISION, BIRTH_DATE, CHECK_CHARACTER

	}

}
