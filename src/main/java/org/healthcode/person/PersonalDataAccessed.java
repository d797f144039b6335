package org.healthcode.person;

import java.time.Instant;

/**
 * Someone read a person's data for a purpose (an official's look-up, a trajectory
 * query...). Publish it inside the reading transaction; the audit module records it.
 *
 * @param actorRole role of the reader, e.g. {@code OFFICIAL}
 * @param actorAccountId account of the reader
 * @param action what was read, e.g. {@code TRAJECTORY_QUERIED}
 * @param purpose why, a code from a fixed list such as {@code CONTACT_TRACING}; never
 * free text
 * @param detail optional short machine-made detail (at most 200 characters); never text a
 * person typed; null if none
 * @param note optional text the reader typed to explain the purpose (at most 200
 * characters); the audit keeps it encrypted and shows it to administrators only; null if
 * none
 */
public record PersonalDataAccessed(PersonId personId, String actorRole, Long actorAccountId, String action,
		String purpose, Instant at, String detail, String note) {

	public PersonalDataAccessed(PersonId personId, String actorRole, Long actorAccountId, String action, String purpose,
			Instant at) {
		this(personId, actorRole, actorAccountId, action, purpose, at, null, null);
	}

	public PersonalDataAccessed(PersonId personId, String actorRole, Long actorAccountId, String action, String purpose,
			Instant at, String detail) {
		this(personId, actorRole, actorAccountId, action, purpose, at, detail, null);
	}

	@Override
	public String toString() {
		return "PersonalDataAccessed[person=" + this.personId + ", action=" + this.action + ", purpose=" + this.purpose
				+ ", note=" + (this.note == null ? "none" : "***") + "]";
	}

}
