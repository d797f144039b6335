package org.healthcode.tracing;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.person.PersonId;
import org.healthcode.person.PersonalDataAccessed;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes what an official read, person by person, for the audit module to record in
 * the same transaction.
 */
@Component
class TracingAudit {

	static final String PURPOSE = "CONTACT_TRACING";

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TracingAudit(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	void read(AccountPrincipal me, long personId, String action) {
		this.events.publishEvent(new PersonalDataAccessed(new PersonId(personId), me.role().name(), me.accountId(),
				action, PURPOSE, this.clock.instant()));
	}

	/** A read with a short machine-made detail (never text someone typed). */
	void read(AccountPrincipal me, Collection<Long> personIds, String action, String detail) {
		Instant now = this.clock.instant();
		personIds.stream()
			.distinct()
			.forEach(id -> this.events.publishEvent(new PersonalDataAccessed(new PersonId(id), me.role().name(),
					me.accountId(), action, PURPOSE, now, detail)));
	}

	/**
	 * A read for a stated purpose: its code is the audit reason; the official's note, if
	 * any, is kept encrypted.
	 */
	void read(AccountPrincipal me, Collection<Long> personIds, String action, ExportPurpose purpose, String note) {
		Instant now = this.clock.instant();
		personIds.stream()
			.distinct()
			.forEach(id -> this.events.publishEvent(new PersonalDataAccessed(new PersonId(id), me.role().name(),
					me.accountId(), action, purpose.name(), now, null, note)));
	}

	/** For work done later on an official's behalf (a bulk marking's chunks). */
	void read(String role, long accountId, Collection<Long> personIds, String action) {
		Instant now = this.clock.instant();
		personIds.stream()
			.distinct()
			.forEach(id -> this.events
				.publishEvent(new PersonalDataAccessed(new PersonId(id), role, accountId, action, PURPOSE, now)));
	}

}
