package org.healthcode.person;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.healthcode.identity.IdNumber;
import org.healthcode.identity.PersonName;
import org.healthcode.person.IdentityVerifier.Verdict;
import org.healthcode.person.PersonRepository.PersonRow;
import org.healthcode.support.HealthCodeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Real-name checks, throttled and audited. A check first takes a slot (refused with 429
 * {@code IDENTITY_CHECK_LIMITED} once the account, or for anything but the holder's own
 * registration the ID number, has used up its failures in the window), then asks; a wrong
 * name keeps its slot, is audited ({@link IdentityCheckFailed}) and is answered as a
 * mismatch. Slots are written in transactions of their own, so a refused request still
 * leaves its count and audit entry behind.
 */
@Component
class IdentityChecks {

	private static final Logger log = LoggerFactory.getLogger(IdentityChecks.class);

	private final IdentityVerifier verifier;

	private final IdentityCheckRepository checks;

	private final PersonRepository persons;

	private final PersonProperties properties;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate ownTransaction;

	IdentityChecks(ObjectProvider<IdentityVerifier> verifiers, IdentityCheckRepository checks, PersonRepository persons,
			PersonProperties properties, Clock clock, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager) {
		this.verifier = verifiers.getIfAvailable(() -> {
			log.warn("No IdentityVerifier is configured: every real-name check answers IDENTITY_CHECK_UNAVAILABLE "
					+ "until a bean calling the public-security check is provided (see docs/security.md)");
			return (name, idNumber) -> Verdict.UNAVAILABLE;
		});
		this.checks = checks;
		this.persons = persons;
		this.properties = properties;
		this.clock = clock;
		this.events = events;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Asks the {@link IdentityVerifier}; 422 {@code IDENTITY_MISMATCH} when the name does
	 * not belong to the ID number. {@code claimant} null (staff code paths without an
	 * account) checks without throttle.
	 */
	void requireMatch(Claimant claimant, PersonName name, IdNumber idNumber, byte[] index,
			IdentityCheckPurpose purpose) {
		if (!passes(claimant, index, purpose, () -> this.verifier.verify(name, idNumber))) {
			throw new HealthCodeException("IDENTITY_MISMATCH", HttpStatus.UNPROCESSABLE_CONTENT);
		}
	}

	/** The {@link IdentityVerifier}'s answer, for a check that compares on its own. */
	Verdict verify(PersonName name, IdNumber idNumber) {
		return this.verifier.verify(name, idNumber);
	}

	/**
	 * Runs one check under the throttle: true when it passed; false when it did not
	 * (counted and audited).
	 */
	boolean passes(Claimant claimant, byte[] index, IdentityCheckPurpose purpose, Supplier<Verdict> check) {
		Verdict verdict;
		if (claimant == null) {
			verdict = answer(check);
		}
		else {
			Instant now = this.clock.instant();
			Long slot = this.ownTransaction.execute(status -> takeSlot(claimant, index, purpose, now));
			verdict = answer(check);
			if (verdict == Verdict.MISMATCH) {
				this.ownTransaction.executeWithoutResult(status -> fail(slot, claimant, index, purpose, now));
			}
			else {
				this.ownTransaction.executeWithoutResult(status -> this.checks.forget(slot));
			}
		}
		if (verdict == Verdict.UNAVAILABLE) {
			throw new HealthCodeException("IDENTITY_CHECK_UNAVAILABLE", HttpStatus.SERVICE_UNAVAILABLE);
		}
		return verdict == Verdict.MATCH;
	}

	private Verdict answer(Supplier<Verdict> check) {
		try {
			Verdict verdict = check.get();
			return verdict == null ? Verdict.UNAVAILABLE : verdict;
		}
		catch (RuntimeException ex) {
			// the verifier's own failure; its message may echo what was asked, so not
			// logged
			log.warn("Real-name check could not be answered: {}", ex.getClass().getSimpleName());
			return Verdict.UNAVAILABLE;
		}
	}

	private long takeSlot(Claimant claimant, byte[] index, IdentityCheckPurpose purpose, Instant now) {
		Instant since = now.minus(window());
		this.checks.lockAccount(claimant);
		if (this.checks.ofAccountSince(claimant, since) >= limitOf(claimant)) {
			throw limited();
		}
		if (purpose != IdentityCheckPurpose.REGISTRATION) {
			this.checks.lockIdNumber(index);
			if (this.checks.ofIdNumberSince(index, since) >= this.properties.maxFailedChecksPerIdNumber()) {
				throw limited();
			}
		}
		return this.checks.begin(claimant, index, purpose, now);
	}

	private void fail(long slot, Claimant claimant, byte[] index, IdentityCheckPurpose purpose, Instant now) {
		this.checks.markMismatch(slot);
		int failures = this.checks.ofAccountSince(claimant, now.minus(window()));
		Long personId = this.persons.findByIndex(index).map(PersonRow::id).orElse(null);
		this.events.publishEvent(new IdentityCheckFailed(personId, claimant.accountId(), claimant.role(), index,
				purpose, failures, limitOf(claimant), now));
	}

	private int limitOf(Claimant claimant) {
		return claimant.staff() ? this.properties.maxFailedChecksPerStaffAccount()
				: this.properties.maxFailedChecksPerAccount();
	}

	private Duration window() {
		return this.properties.identityCheckWindow();
	}

	private HealthCodeException limited() {
		return new HealthCodeException("IDENTITY_CHECK_LIMITED", HttpStatus.TOO_MANY_REQUESTS,
				Math.max(1, window().toHours()));
	}

	/**
	 * Checks older than the window count for nothing any more; one node at a time
	 * (ShedLock), though running it twice is harmless.
	 */
	@SchedulerLock(name = "person-identity-check-purge", lockAtMostFor = "PT10M")
	@Scheduled(cron = "${healthcode.person.identity-check-purge-cron:0 17 * * * *}")
	void purge() {
		this.checks.deleteBefore(this.clock.instant().minus(window()));
	}

}
