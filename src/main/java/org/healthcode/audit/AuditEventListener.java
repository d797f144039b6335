package org.healthcode.audit;

import org.healthcode.account.StaffLoginReleased;
import org.healthcode.health.HealthStatusChanged;
import org.healthcode.person.PersonalDataAccessed;
import org.healthcode.person.ProfileRegistered;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns events of other modules into audit entries. Written just before the change
 * commits, in the same transaction: a change without its audit entry cannot commit, and a
 * rolled-back change leaves no entry behind.
 */
@Component
class AuditEventListener {

	private final AuditService audit;

	AuditEventListener(AuditService audit) {
		this.audit = audit;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(HealthStatusChanged event) {
		this.audit.record(event.at(), event.actor().role(), event.actor().accountId(), "HEALTH_STATUS_CHANGED",
				event.personId().value(), null, event.reason().name(),
				event.previousColor() + "->" + event.color() + (event.expiresAt() == null ? ""
						: " until " + event.expiresAt() + " then " + event.nextColor()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(PersonalDataAccessed event) {
		this.audit.record(event.at(), event.actorRole(), event.actorAccountId(), event.action(),
				event.personId().value(), null, event.purpose(), event.detail(), event.note());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ProfileRegistered event) {
		this.audit.record(event.at(), "RESIDENT", event.accountId(), "PROFILE_REGISTERED", event.personId().value(),
				null, event.claimedExisting() ? "CLAIMED_EXISTING" : "NEW", null);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(StaffLoginReleased event) {
		this.audit.record(event.at(), "ADMIN", event.adminAccountId(), "STAFF_LOGIN_RELEASED", null, null,
				event.wasPaused() ? "PAUSE_ENDED" : "NOT_PAUSED", "staff=" + event.staffAccountId());
	}

}
