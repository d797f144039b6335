package org.healthcode.appeal;

import java.time.Clock;
import java.time.Instant;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.appeal.AppealDecision.Outcome;
import org.healthcode.appeal.AppealRepository.Row;
import org.healthcode.health.Color;
import org.healthcode.health.HealthService;
import org.healthcode.health.StatusActor;
import org.healthcode.health.StatusChange;
import org.healthcode.health.StatusReason;
import org.healthcode.identity.PersonName;
import org.healthcode.identity.PiiCipher;
import org.healthcode.identity.PiiField;
import org.healthcode.person.CorrectionReason;
import org.healthcode.person.PersonId;
import org.healthcode.person.PersonService;
import org.healthcode.support.HealthCodeException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An official decides an appeal. APPROVE sets the colour asked for (the default colour
 * unless the official says otherwise; reason {@code APPEAL_APPROVED}) and, for an
 * identity correction, corrects the name (checked like any real name); REJECT needs a
 * note. The decision, the status change and the name correction commit together, are
 * audited, and reach the resident as a notice ({@link AppealDecided}).
 */
@Service
public class AppealDecisions {

	private final AppealRepository appeals;

	private final HealthService health;

	private final PersonService persons;

	private final AppealDesk desk;

	private final PiiCipher cipher;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	AppealDecisions(AppealRepository appeals, HealthService health, PersonService persons, AppealDesk desk,
			PiiCipher cipher, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
		this.appeals = appeals;
		this.health = health;
		this.persons = persons;
		this.desk = desk;
		this.cipher = cipher;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * 404 {@code APPEAL_NOT_FOUND}; 409 {@code APPEAL_ALREADY_DECIDED}; 400
	 * {@code APPEAL_NOTE_REQUIRED} for a rejection without a note.
	 */
	public AppealCase decide(AccountPrincipal me, long id, AppealDecision decision) {
		if (decision.decision() == Outcome.REJECT && decision.note() == null) {
			throw new HealthCodeException("APPEAL_NOTE_REQUIRED", HttpStatus.BAD_REQUEST);
		}
		this.transactions.executeWithoutResult(status -> {
			Row row = this.appeals.lock(id).orElseThrow(AppealService::notFound);
			if (!"OPEN".equals(row.state())) {
				throw new HealthCodeException("APPEAL_ALREADY_DECIDED", HttpStatus.CONFLICT);
			}
			PersonId personId = new PersonId(row.personId());
			Instant now = this.clock.instant();
			boolean approve = decision.decision() == Outcome.APPROVE;
			Color color = this.health.current(personId).color();
			if (approve) {
				if (row.reason() == AppealReason.IDENTITY_CORRECTION && row.correctedName() != null) {
					this.persons.correctName(personId,
							PersonName.parse(this.cipher.decrypt(PiiField.NAME, row.correctedName())), me,
							CorrectionReason.APPEAL_APPROVED);
				}
				Color asked = decision.color() != null ? decision.color()
						: row.reason() == AppealReason.IDENTITY_CORRECTION ? null : this.health.defaultColor();
				if (asked != null) {
					color = this.health
						.setStatus(personId, new StatusChange(asked, StatusReason.APPEAL_APPROVED, null),
								StatusActor.of(me))
						.color();
				}
			}
			byte[] note = decision.note() == null ? null : this.cipher.encrypt(PiiField.APPEAL_TEXT, decision.note());
			this.appeals.decide(id, approve ? "APPROVED" : "REJECTED", me.accountId(), color, note, now);
			this.desk.audit(me, row.personId(), approve ? "APPEAL_APPROVED" : "APPEAL_REJECTED", now);
			this.events.publishEvent(new AppealDecided(id, personId, approve, color, now));
		});
		return this.desk.caseOf(me, id);
	}

}
