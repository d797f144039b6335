package org.healthcode.audit;

import java.util.stream.Collectors;

import org.healthcode.account.StaffLoginReleased;
import org.healthcode.companion.CompanionAdded;
import org.healthcode.companion.CompanionLinkDecided;
import org.healthcode.entry.EntryRuleChanged;
import org.healthcode.health.HealthStatusChanged;
import org.healthcode.person.IdentityCheckFailed;
import org.healthcode.person.IdentityClaimConflicted;
import org.healthcode.person.PersonIdentityCorrected;
import org.healthcode.person.PersonalDataAccessed;
import org.healthcode.person.ProfileRegistered;
import org.healthcode.tracing.RiskAreaDesignated;
import org.healthcode.testing.LabResultsReported;
import org.healthcode.testing.TubeChanged;
import org.healthcode.tracing.RiskAreaWithdrawn;
import org.healthcode.tracing.RiskLevel;
import org.healthcode.venue.VenueStaffChanged;

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

	/**
	 * Room in a detail (200 characters) for a designation's venue ids before only their
	 * count is kept.
	 */
	private static final int VENUE_IDS_MAX = 80;

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
				null, event.claimedExisting() ? "CLAIMED_EXISTING" : "NEW",
				event.nameReplaced() ? "STAFF_NAME_REPLACED" : null);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(IdentityCheckFailed event) {
		this.audit.record(event.at(), event.actorRole(), event.accountId(), "IDENTITY_CHECK_FAILED", event.personId(),
				event.subjectIndex(), event.purpose().name(),
				"failures=" + event.failures() + " limit=" + event.limit());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(IdentityClaimConflicted event) {
		this.audit.record(event.at(), "RESIDENT", event.accountId(), "IDENTITY_CONFLICT", event.personId().value(),
				null, "REGISTRATION", "holder=" + event.holderAccountId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(PersonIdentityCorrected event) {
		boolean moved = event.change() == PersonIdentityCorrected.Change.ACCOUNT;
		this.audit.record(event.at(), event.actorRole(), event.actorAccountId(),
				moved ? "IDENTITY_REASSIGNED" : "IDENTITY_CORRECTED", event.personId().value(), null,
				event.reason().name(),
				!moved ? "NAME_CORRECTED"
						: (event.previousAccountId() == null ? ""
								: "previousAccount=" + event.previousAccountId() + " ") + "account="
								+ event.accountId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(CompanionAdded event) {
		this.audit.record(event.at(), "RESIDENT", event.ownerAccount(), "COMPANION_ADDED", event.personId().value(),
				null, event.awaitingConfirmation() ? "LINK_REQUESTED" : "NO_ACCOUNT",
				"companion=" + event.companionId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(CompanionLinkDecided event) {
		this.audit.record(event.at(), "RESIDENT", event.holderAccount(),
				event.accepted() ? "COMPANION_LINK_ACCEPTED" : "COMPANION_LINK_DECLINED", event.personId().value(),
				null, null, "companion=" + event.companionId() + " requester=" + event.ownerAccount());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(StaffLoginReleased event) {
		this.audit.record(event.at(), "ADMIN", event.adminAccountId(), "STAFF_LOGIN_RELEASED", null, null,
				event.wasPaused() ? "PAUSE_ENDED" : "NOT_PAUSED", "staff=" + event.staffAccountId());
	}

	/**
	 * Who designated which area at which level for which period: codes and ids only; the
	 * reason the official typed is the encrypted note.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(RiskAreaDesignated event) {
		String venues = event.venueIds().stream().map(String::valueOf).collect(Collectors.joining(","));
		String area = event.divisionCode() != null ? "division=" + event.divisionCode()
				: venues.length() <= VENUE_IDS_MAX ? "venues=" + venues : "venueCount=" + event.venueIds().size();
		this.audit.record(event.at(), event.actorRole(), event.actorAccountId(), "RISK_AREA_DESIGNATED", null, null,
				event.level() == RiskLevel.HIGH ? "RISK_AREA_HIGH" : "RISK_AREA_MEDIUM",
				"riskArea=" + event.riskAreaId() + " " + area + " from=" + event.from() + " to=" + event.to()
						+ " visitors=" + event.visitors(),
				event.reason());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(RiskAreaWithdrawn event) {
		this.audit.record(event.at(), event.actorRole(), event.actorAccountId(), "RISK_AREA_WITHDRAWN", null, null,
				event.level() == RiskLevel.HIGH ? "RISK_AREA_HIGH" : "RISK_AREA_MEDIUM",
				"riskArea=" + event.riskAreaId(), event.note());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(EntryRuleChanged event) {
		this.audit.record(event.at(), event.actorRole(), event.actorAccountId(), "ENTRY_RULE_CHANGED", null, null,
				event.scope(), event.rule());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(TubeChanged event) {
		this.audit.record(event.at(), event.actorRole(), event.actorAccountId(), event.action(), null, null,
				"NAT_TESTING", "tube=" + event.tubeCode());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(LabResultsReported event) {
		this.audit.record(event.at(), event.actorRole(), event.actorAccountId(), "NAT_RESULTS_REPORTED", null, null,
				"NAT_TESTING", "tubes=" + event.accepted() + " positivePersons=" + event.positives());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(VenueStaffChanged event) {
		this.audit.record(event.at(), "RESIDENT", event.managerAccountId(),
				event.added() ? "VENUE_STAFF_ADDED" : "VENUE_STAFF_REMOVED", null, null, null,
				"venue=" + event.venueId() + " account=" + event.staffAccountId());
	}

}
