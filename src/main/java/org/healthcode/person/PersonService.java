package org.healthcode.person;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.healthcode.identity.BlindIndex;
import org.healthcode.identity.IdNumber;
import org.healthcode.identity.Masking;
import org.healthcode.identity.PersonName;
import org.healthcode.identity.PiiCipher;
import org.healthcode.identity.PiiField;
import org.healthcode.person.PersonRepository.PersonRow;
import org.healthcode.support.HealthCodeException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Real people, keyed by the blind index of their ID number: residents who registered
 * their real identity, and people without an account (companions, people an official gave
 * a status). A person without account is claimed by the resident who later registers that
 * ID number with the same name.
 */
@Service
public class PersonService {

	private static final Base64.Encoder REF_ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final PersonRepository persons;

	private final PiiCipher cipher;

	private final BlindIndex blindIndex;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final SecureRandom random = new SecureRandom();

	PersonService(PersonRepository persons, PiiCipher cipher, BlindIndex blindIndex, Clock clock,
			ApplicationEventPublisher events) {
		this.persons = persons;
		this.cipher = cipher;
		this.blindIndex = blindIndex;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Registers the real identity of a resident account: one ID number per account and
	 * one account per ID number. Registering the same identity again changes nothing.
	 */
	@Transactional
	public PersonProfile register(long accountId, PersonName name, IdNumber idNumber) {
		byte[] index = this.blindIndex.of(idNumber);
		Optional<PersonRow> mine = this.persons.findByAccount(accountId);
		if (mine.isPresent()) {
			if (!Arrays.equals(mine.get().idNumberIndex(), index)) {
				throw new HealthCodeException("PROFILE_ALREADY_REGISTERED", HttpStatus.CONFLICT);
			}
			requireSameName(mine.get(), name);
			return profileOf(mine.get());
		}
		Optional<PersonRow> existing = this.persons.findByIndex(index);
		if (existing.isPresent()) {
			PersonRow person = existing.get();
			if (person.accountId() != null) {
				throw idNumberTaken();
			}
			requireSameName(person, name);
			if (!this.persons.claim(person.id(), accountId, encryptName(name), this.clock.instant())) {
				throw idNumberTaken();
			}
			this.events
				.publishEvent(new ProfileRegistered(new PersonId(person.id()), accountId, true, this.clock.instant()));
			return profile(new PersonId(person.id()));
		}
		long id = this.persons
			.insert(index, this.cipher.encrypt(PiiField.ID_NUMBER, idNumber.value()), encryptName(name), accountId,
					newPublicRef(), this.clock.instant())
			.orElseThrow(PersonService::idNumberTaken);
		this.events.publishEvent(new ProfileRegistered(new PersonId(id), accountId, false, this.clock.instant()));
		return profile(new PersonId(id));
	}

	/** The registered identity of a resident account, if any. */
	public Optional<PersonProfile> findByAccount(long accountId) {
		return this.persons.findByAccount(accountId).map(this::profileOf);
	}

	/**
	 * The registered identity of a resident account; 409 {@code PROFILE_REQUIRED} when
	 * the resident has not registered their real name yet.
	 */
	public PersonProfile requireByAccount(long accountId) {
		return findByAccount(accountId).orElseThrow(PersonService::profileRequired);
	}

	/** The refusal for a resident who has not registered their real name yet. */
	public static HealthCodeException profileRequired() {
		return new HealthCodeException("PROFILE_REQUIRED", HttpStatus.CONFLICT);
	}

	/**
	 * The registered identities of many resident accounts, in one query; accounts without
	 * real-name registration are absent.
	 */
	public Map<Long, PersonProfile> findByAccounts(Collection<Long> accountIds) {
		if (accountIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, PersonProfile> profiles = new HashMap<>();
		for (PersonRow row : this.persons.findByAccounts(accountIds.stream().distinct().toList())) {
			profiles.put(row.accountId(), profileOf(row));
		}
		return profiles;
	}

	/**
	 * The person with this ID number, created without account if unknown. A name, when
	 * given, is stored if none was known and must match the known one otherwise.
	 */
	@Transactional
	public PersonProfile findOrCreate(PersonName name, IdNumber idNumber) {
		byte[] index = this.blindIndex.of(idNumber);
		Optional<PersonRow> existing = this.persons.findByIndex(index);
		if (existing.isEmpty()) {
			byte[] nameCipher = name == null ? null : encryptName(name);
			this.persons.insert(index, this.cipher.encrypt(PiiField.ID_NUMBER, idNumber.value()), nameCipher, null,
					newPublicRef(), this.clock.instant());
			// inserted now, or by a concurrent request a moment ago: either way it exists
			existing = this.persons.findByIndex(index);
		}
		PersonRow person = existing.orElseThrow();
		if (name != null) {
			requireSameName(person, name);
			if (person.nameCipher() == null) {
				this.persons.setNameIfMissing(person.id(), encryptName(name));
			}
		}
		return profile(new PersonId(person.id()));
	}

	/** The person with this ID number, if known. */
	public Optional<PersonProfile> findByIdNumber(IdNumber idNumber) {
		return this.persons.findByIndex(this.blindIndex.of(idNumber)).map(this::profileOf);
	}

	public PersonProfile profile(PersonId id) {
		PersonProfile profile = profiles(java.util.List.of(id)).get(id);
		if (profile == null) {
			throw new HealthCodeException("PERSON_NOT_FOUND", HttpStatus.NOT_FOUND);
		}
		return profile;
	}

	/** Masked profiles of many persons at once; unknown ids are left out. */
	public Map<PersonId, PersonProfile> profiles(Collection<PersonId> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<PersonId, PersonProfile> profiles = new LinkedHashMap<>();
		for (PersonRow row : this.persons.findByIds(ids.stream().map(PersonId::value).distinct().toList())) {
			profiles.put(new PersonId(row.id()), profileOf(row));
		}
		return profiles;
	}

	/**
	 * Full names and ID numbers of many persons; unknown ids are left out. For audited
	 * official use only: the caller publishes a {@link PersonalDataAccessed} for every
	 * person it decrypts, in the same transaction, and never shows the result to third
	 * parties.
	 */
	public Map<PersonId, PersonIdentity> fullIdentities(Collection<PersonId> ids) {
		Map<PersonId, PersonIdentity> identities = new LinkedHashMap<>();
		for (PersonRow row : this.persons.findByIds(ids.stream().map(PersonId::value).distinct().toList())) {
			String name = row.nameCipher() == null ? "" : this.cipher.decrypt(PiiField.NAME, row.nameCipher());
			identities.put(new PersonId(row.id()), new PersonIdentity(new PersonId(row.id()), name,
					this.cipher.decrypt(PiiField.ID_NUMBER, row.idNumberCipher())));
		}
		return identities;
	}

	/** How many persons are known (registered residents and people without account). */
	public long count() {
		return this.persons.count();
	}

	private PersonProfile profileOf(PersonRow row) {
		String name = row.nameCipher() == null ? ""
				: Masking.name(this.cipher.decrypt(PiiField.NAME, row.nameCipher()));
		String idNumber = Masking.idNumber(this.cipher.decrypt(PiiField.ID_NUMBER, row.idNumberCipher()));
		return new PersonProfile(new PersonId(row.id()), name, idNumber, row.publicRef(), row.accountId());
	}

	private void requireSameName(PersonRow person, PersonName name) {
		if (person.nameCipher() != null
				&& !this.cipher.decrypt(PiiField.NAME, person.nameCipher()).equals(name.value())) {
			throw new HealthCodeException("PROFILE_NAME_MISMATCH", HttpStatus.CONFLICT);
		}
	}

	private byte[] encryptName(PersonName name) {
		return this.cipher.encrypt(PiiField.NAME, name.value());
	}

	private String newPublicRef() {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		return REF_ENCODER.encodeToString(bytes);
	}

	private static HealthCodeException idNumberTaken() {
		return new HealthCodeException("ID_NUMBER_TAKEN", HttpStatus.CONFLICT);
	}

}
