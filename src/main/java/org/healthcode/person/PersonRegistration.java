package org.healthcode.person;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import org.healthcode.identity.BlindIndex;
import org.healthcode.identity.IdNumber;
import org.healthcode.identity.PersonName;
import org.healthcode.identity.PiiCipher;
import org.healthcode.identity.PiiField;
import org.healthcode.person.PersonRepository.PersonRow;
import org.healthcode.support.HealthCodeException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How persons come to be and get their names: the holder's own real-name registration,
 * and persons found or created by ID number for staff and companions. Each write is its
 * own transaction, taken after the real-name check (which writes its throttle slot in a
 * transaction of its own); see {@link PersonService} for the rules.
 */
@Component
class PersonRegistration {

	private static final Base64.Encoder REF_ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final PersonRepository persons;

	private final PersonProfiles profiles;

	private final IdentityChecks checks;

	private final PiiCipher cipher;

	private final BlindIndex blindIndex;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final TransactionTemplate ownTransaction;

	private final SecureRandom random = new SecureRandom();

	PersonRegistration(PersonRepository persons, PersonProfiles profiles, IdentityChecks checks, PiiCipher cipher,
			BlindIndex blindIndex, Clock clock, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager) {
		this.persons = persons;
		this.profiles = profiles;
		this.checks = checks;
		this.cipher = cipher;
		this.blindIndex = blindIndex;
		this.clock = clock;
		this.events = events;
		this.transaction = new TransactionTemplate(transactionManager);
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	PersonProfile register(long accountId, PersonName name, IdNumber idNumber) {
		byte[] index = this.blindIndex.of(idNumber);
		Optional<PersonRow> mine = this.persons.findByAccount(accountId);
		if (mine.isPresent()) {
			if (!Arrays.equals(mine.get().idNumberIndex(), index) || !this.profiles.hasName(mine.get(), name)) {
				throw alreadyRegistered();
			}
			return this.profiles.of(mine.get());
		}
		// the name is checked first: only someone who knows it learns that the number is
		// taken
		this.checks.requireMatch(Claimant.resident(accountId), name, idNumber, index,
				IdentityCheckPurpose.REGISTRATION);
		try {
			return this.transaction.execute(status -> claimOrCreate(accountId, name, idNumber, index));
		}
		catch (Taken taken) {
			this.ownTransaction.executeWithoutResult(
					status -> this.events.publishEvent(new IdentityClaimConflicted(new PersonId(taken.person.id()),
							accountId, taken.person.accountId(), this.clock.instant())));
			throw new HealthCodeException("ID_NUMBER_TAKEN", HttpStatus.CONFLICT);
		}
	}

	private PersonProfile claimOrCreate(long accountId, PersonName name, IdNumber idNumber, byte[] index) {
		Instant now = this.clock.instant();
		Optional<PersonRow> existing = this.persons.findByIndex(index);
		if (existing.isEmpty()) {
			Optional<Long> id = this.persons.insert(index, this.cipher.encrypt(PiiField.ID_NUMBER, idNumber.value()),
					this.profiles.encrypt(name), accountId, newPublicRef(), now);
			if (id.isPresent()) {
				this.events.publishEvent(new ProfileRegistered(new PersonId(id.get()), accountId, false, false, now));
				return profile(id.get());
			}
			// someone created the ID number a moment ago, or this account registered
			// another
			existing = this.persons.findByIndex(index);
			if (existing.isEmpty()) {
				throw alreadyRegistered();
			}
		}
		PersonRow person = existing.get();
		if (person.accountId() != null) {
			if (person.accountId() == accountId) {
				return this.profiles.of(person);
			}
			throw new Taken(person);
		}
		boolean replaced = this.profiles.ownName(person) != null && !this.profiles.hasName(person, name);
		try {
			if (!this.persons.claim(person.id(), accountId, this.profiles.encrypt(name), now)) {
				throw new Taken(this.persons.findByIndex(index).orElseThrow());
			}
		}
		catch (DuplicateKeyException ex) {
			throw alreadyRegistered();
		}
		this.events.publishEvent(new ProfileRegistered(new PersonId(person.id()), accountId, true, replaced, now));
		return profile(person.id());
	}

	/**
	 * The person with this ID number, created without account if unknown; {@code name},
	 * when given, checked first and stored only if the person has no name yet.
	 */
	PersonProfile findOrCreate(IdNumber idNumber, PersonName name, Claimant claimant, IdentityCheckPurpose purpose,
			boolean keepName) {
		byte[] index = this.blindIndex.of(idNumber);
		if (name != null) {
			this.checks.requireMatch(claimant, name, idNumber, index, purpose);
		}
		return this.transaction.execute(status -> {
			Optional<PersonRow> existing = this.persons.findByIndex(index);
			byte[] nameCipher = (name != null && keepName) ? this.profiles.encrypt(name) : null;
			if (existing.isEmpty()) {
				this.persons.insert(index, this.cipher.encrypt(PiiField.ID_NUMBER, idNumber.value()), nameCipher, null,
						newPublicRef(), this.clock.instant());
				// inserted now, or by a concurrent request a moment ago: either way it
				// exists
				existing = this.persons.findByIndex(index);
			}
			PersonRow person = existing.orElseThrow();
			if (nameCipher != null && person.nameCipher() == null) {
				this.persons.setNameIfMissing(person.id(), nameCipher);
			}
			return profile(person.id());
		});
	}

	/**
	 * The known person whose own name this is; a person known without a name is matched
	 * by the verifier. Unknown and not matching look the same (empty); both count as a
	 * failed check.
	 */
	Optional<PersonProfile> matchName(IdNumber idNumber, PersonName name, Claimant claimant) {
		byte[] index = this.blindIndex.of(idNumber);
		Optional<PersonRow> person = this.persons.findByIndex(index);
		boolean matches = this.checks.passes(claimant, index, IdentityCheckPurpose.NAME_CHECK, () -> {
			if (person.isEmpty()) {
				return IdentityVerifier.Verdict.MISMATCH;
			}
			if (this.profiles.ownName(person.get()) == null) {
				return this.checks.verify(name, idNumber);
			}
			return this.profiles.hasName(person.get(), name) ? IdentityVerifier.Verdict.MATCH
					: IdentityVerifier.Verdict.MISMATCH;
		});
		return matches ? person.map(this.profiles::of) : Optional.empty();
	}

	private PersonProfile profile(long id) {
		return this.profiles.of(this.persons.findByIds(java.util.List.of(id)).get(0));
	}

	private String newPublicRef() {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		return REF_ENCODER.encodeToString(bytes);
	}

	static HealthCodeException alreadyRegistered() {
		return new HealthCodeException("PROFILE_ALREADY_REGISTERED", HttpStatus.CONFLICT);
	}

	/** The ID number belongs to another account; rolls the registration back. */
	private static final class Taken extends RuntimeException {

		private final transient PersonRow person;

		Taken(PersonRow person) {
			super("ID_NUMBER_TAKEN", null, false, false);
			this.person = person;
		}

	}

}
