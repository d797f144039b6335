package org.healthcode.person;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.identity.IdNumber;
import org.healthcode.identity.PersonName;
import org.healthcode.person.PersonIdentityCorrected.Change;
import org.healthcode.person.PersonRepository.PersonRow;
import org.healthcode.support.DisplayZone;
import org.healthcode.support.HealthCodeException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An official's audited corrections of a person's identity: the way out of a conflict
 * ({@code ID_NUMBER_TAKEN}, a wrong name) that the identity-correction appeal or a review
 * with the person present leads to. The new name must pass the real-name check.
 */
@Component
class IdentityCorrections {

	private final PersonRepository persons;

	private final PersonProfiles profiles;

	private final IdentityChecks checks;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	IdentityCorrections(PersonRepository persons, PersonProfiles profiles, IdentityChecks checks, Clock clock,
			ApplicationEventPublisher events, PlatformTransactionManager transactionManager) {
		this.persons = persons;
		this.profiles = profiles;
		this.checks = checks;
		this.clock = clock;
		this.events = events;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	PersonProfile correctName(PersonId id, PersonName name, AccountPrincipal official, CorrectionReason reason) {
		PersonRow person = checked(id, name, official);
		return this.transaction.execute(status -> {
			this.persons.setName(person.id(), this.profiles.encrypt(name));
			publish(person, Change.NAME, person.accountId(), official, reason);
			return profile(person.id());
		});
	}

	PersonProfile reassign(PersonId id, long accountId, PersonName name, AccountPrincipal official,
			CorrectionReason reason) {
		PersonRow person = checked(id, name, official);
		return this.transaction.execute(status -> {
			Optional<PersonRow> held = this.persons.findByAccount(accountId);
			if (held.isPresent() && held.get().id() != person.id()) {
				throw PersonRegistration.alreadyRegistered();
			}
			try {
				this.persons.reassign(person.id(), accountId, this.profiles.encrypt(name), this.clock.instant());
			}
			catch (DuplicateKeyException ex) {
				throw PersonRegistration.alreadyRegistered();
			}
			publish(person, Change.ACCOUNT, accountId, official, reason);
			return profile(person.id());
		});
	}

	/** The person, after checking who asks and that the name belongs to the ID number. */
	private PersonRow checked(PersonId id, PersonName name, AccountPrincipal official) {
		if (official == null || !official.staff()) {
			throw new HealthCodeException("FORBIDDEN", HttpStatus.FORBIDDEN);
		}
		PersonRow person = this.persons.findByIds(List.of(id.value()))
			.stream()
			.findFirst()
			.orElseThrow(() -> new HealthCodeException("PERSON_NOT_FOUND", HttpStatus.NOT_FOUND));
		IdNumber idNumber = IdNumber.parse(this.profiles.idNumber(person),
				LocalDate.ofInstant(this.clock.instant(), DisplayZone.ZONE));
		this.checks.requireMatch(Claimant.of(official), name, idNumber, person.idNumberIndex(),
				IdentityCheckPurpose.CORRECTION);
		return person;
	}

	private void publish(PersonRow before, Change change, Long accountId, AccountPrincipal official,
			CorrectionReason reason) {
		Instant now = this.clock.instant();
		this.events.publishEvent(new PersonIdentityCorrected(new PersonId(before.id()), change, before.accountId(),
				accountId, official.role().name(), official.accountId(), reason, now));
	}

	private PersonProfile profile(long id) {
		return this.profiles.of(this.persons.findByIds(List.of(id)).get(0));
	}

}
