package org.healthcode.person;

/**
 * Identifies a person inside the platform; never shown to third parties (tokens carry the
 * public ref).
 */
public record PersonId(long value) {

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
