package org.healthcode.companion;

import java.util.EnumSet;
import java.util.Objects;

import org.healthcode.person.PersonIdentityCorrected;
import org.healthcode.person.ProfileRegistered;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When a person comes to hold their own account, everyone who brought them along so far
 * must be accepted by them first. Runs in the registration's transaction, just before it
 * commits, so no moment exists in which the new holder is someone's usable companion
 * unasked.
 */
@Component
class CompanionIdentityListener {

	private final CompanionRepository companions;

	CompanionIdentityListener(CompanionRepository companions) {
		this.companions = companions;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ProfileRegistered event) {
		if (event.claimedExisting()) {
			this.companions.requireConfirmation(event.personId().value(), EnumSet.of(LinkState.NONE));
		}
	}

	/** A new holder decides afresh, whatever the previous one accepted or declined. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(PersonIdentityCorrected event) {
		if (event.change() == PersonIdentityCorrected.Change.ACCOUNT
				&& !Objects.equals(event.previousAccountId(), event.accountId())) {
			this.companions.requireConfirmation(event.personId().value(),
					EnumSet.of(LinkState.NONE, LinkState.ACCEPTED, LinkState.DECLINED));
		}
	}

}
