package org.healthcode.entry;

/** The verdict at the door, from mildest to strictest. */
public enum Outcome {

	PASS, RESTRICTED, REFUSED;

	Outcome worst(Outcome other) {
		return other.ordinal() > ordinal() ? other : this;
	}

}
