package org.healthcode.person;

import java.time.Instant;

/**
 * Someone read a person's data for a purpose (an official's look-up, a trajectory
 * query...). Publish it inside the reading transaction; the audit module records it.
 *
 * @param actorRole role of the reader, e.g. {@code OFFICIAL}
 * @param actorAccountId account of the reader
 * @param action what was read, e.g. {@code TRAJECTORY_QUERIED}
 * @param purpose why, a short code such as {@code CONTACT_TRACING}; never free text with
 * personal data
 * @param detail optional short text kept with the record (at most 200 characters), e.g.
 * the reason an official stated for a full export; null if none
 */
public record PersonalDataAccessed(PersonId personId, String actorRole, Long actorAccountId, String action,
		String purpose, Instant at, String detail) {

	public PersonalDataAccessed(PersonId personId, String actorRole, Long actorAccountId, String action, String purpose,
			Instant at) {
		this(personId, actorRole, actorAccountId, action, purpose, at, null);
	}

}
