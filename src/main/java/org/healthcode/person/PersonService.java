package org.healthcode.person;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.identity.BlindIndex;
import org.healthcode.identity.IdNumber;
import org.healthcode.identity.PersonName;
import org.healthcode.person.PersonRepository.PersonRow;
import org.healthcode.support.HealthCodeException;
import org.healthcode.support.ReadsInOneTrip.Read;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Real people, keyed by the blind index of their ID number: residents who registered
 * their real identity, and people without an account (companions, people staff
 * registered).
 * <p>
 * <b>Whose name it is.</b> A person's name is decided by the holder's own real-name
 * registration, checked by the {@link IdentityVerifier}; before that, by staff who typed
 * it (an official, a sampler); later, only by an official's audited correction. A
 * companion entry never names the person (the name a resident typed stays on their
 * companion entry). Nothing anyone typed before ever stops the holder from registering:
 * their verified name replaces it.
 * <p>
 * <b>Real-name checks</b> (name + ID number) are throttled per account and per ID number;
 * each failure is audited ({@link IdentityCheckFailed}). Refusals: 422
 * {@code IDENTITY_MISMATCH}, 429 {@code IDENTITY_CHECK_LIMITED}, 503
 * {@code IDENTITY_CHECK_UNAVAILABLE}.
 */
@Service
public class PersonService {

	private final PersonRepository persons;

	private final PersonProfiles profiles;

	private final PersonRegistration registration;

	private final IdentityCorrections corrections;

	private final BlindIndex blindIndex;

	private final PersonBatches batches;

	PersonService(PersonRepository persons, PersonProfiles profiles, PersonRegistration registration,
			IdentityCorrections corrections, BlindIndex blindIndex, PersonBatches batches) {
		this.batches = batches;
		this.persons = persons;
		this.profiles = profiles;
		this.registration = registration;
		this.corrections = corrections;
		this.blindIndex = blindIndex;
	}

	/**
	 * Registers the real identity of a resident account: one ID number per account and
	 * one account per ID number. The name must pass the real-name check; a person known
	 * before (as a companion, or from staff) is claimed and takes this name, whatever
	 * name staff typed. Registering the same identity again changes nothing; another one
	 * is refused ({@code PROFILE_ALREADY_REGISTERED}: corrections go through an
	 * official). An ID number another account holds is refused with
	 * {@code ID_NUMBER_TAKEN}, audited ({@link IdentityClaimConflicted}), and resolved by
	 * {@link #reassign}.
	 */
	public PersonProfile register(long accountId, PersonName name, IdNumber idNumber) {
		return this.registration.register(accountId, name, idNumber);
	}

	/**
	 * A person identified by staff who have the person or their ID card in front of them
	 * (an official setting a status, a sampler taking a sample of someone without a
	 * phone): found by ID number, created without account if unknown. A {@code name}
	 * (optional) must pass the real-name check (throttled per staff account and ID
	 * number, failures audited); it becomes the person's name only if they have none yet,
	 * never replaces one, and never blocks the holder's own registration. 403
	 * {@code FORBIDDEN} for a resident account.
	 */
	public PersonProfile findOrCreateByStaff(IdNumber idNumber, PersonName name, AccountPrincipal staff) {
		return this.registration.findOrCreate(idNumber, name, Claimant.of(requireStaff(staff)),
				IdentityCheckPurpose.STAFF_ENTRY, true);
	}

	/**
	 * The persons of a batch of staff records (a vaccination point's upload), found by ID
	 * number and created without account if unknown, in one round of queries: for each
	 * entry, in order, its person, or empty when the name is not that person's (their
	 * registered name, or for a person without one the real-name check) — the caller
	 * reports that per record and learns nothing about the registered name. Unlike
	 * {@link #findOrCreateByStaff} a mismatch is not throttled: the batch comes from a
	 * vaccination register, not from someone guessing names. Runs in the caller's
	 * transaction; 403 {@code FORBIDDEN} for a resident account.
	 */
	public List<Optional<PersonId>> findOrCreateManyByStaff(List<StaffEntry> entries, AccountPrincipal staff) {
		requireStaff(staff);
		return entries.isEmpty() ? List.of() : this.batches.findOrCreate(entries);
	}

	/**
	 * The person with this ID number, created without account if unknown; a name, when
	 * given, must pass the real-name check (not throttled: no account is named) and is
	 * stored only if the person has none.
	 * @deprecated staff code paths call {@link #findOrCreateByStaff}, which throttles and
	 * audits per staff account; companions call {@link #findOrCreateForCompanion}
	 */
	@Deprecated(since = "identity model V8")
	public PersonProfile findOrCreate(PersonName name, IdNumber idNumber) {
		return this.registration.findOrCreate(idNumber, name, null, IdentityCheckPurpose.STAFF_ENTRY, true);
	}

	/**
	 * The person a resident adds as a companion: the name must pass the real-name check
	 * (throttled per resident and ID number, failures audited) and is not stored on the
	 * person; found by ID number, created without account if unknown.
	 */
	public PersonProfile findOrCreateForCompanion(IdNumber idNumber, PersonName name, long residentAccountId) {
		return this.registration.findOrCreate(idNumber, name, Claimant.resident(residentAccountId),
				IdentityCheckPurpose.COMPANION, false);
	}

	/**
	 * For someone checking a visitor without a phone (a venue's registrar at the gate,
	 * who may be a resident account the caller has authorised for that venue): the known
	 * person with this ID number whose own name this is (a person known without a name:
	 * if the real-name check accepts it). Empty when the number is unknown or the name
	 * does not match — the same answer, so it tells nothing about registration; every
	 * miss counts against the checking account (resident or staff limit) and the ID
	 * number, and is audited.
	 */
	public Optional<PersonProfile> matchName(IdNumber idNumber, PersonName name, AccountPrincipal checker) {
		if (checker == null) {
			throw new HealthCodeException("FORBIDDEN", HttpStatus.FORBIDDEN);
		}
		return this.registration.matchName(idNumber, name, Claimant.of(checker));
	}

	/**
	 * An official corrects a person's name (appeal, review); the name must pass the
	 * real-name check. Audited ({@link PersonIdentityCorrected}).
	 */
	public PersonProfile correctName(PersonId id, PersonName name, AccountPrincipal official, CorrectionReason reason) {
		return this.corrections.correctName(id, name, official, reason);
	}

	/**
	 * An official gives an identity to the resident account that proved it is theirs —
	 * the way out of {@code ID_NUMBER_TAKEN}: the person, with their history, moves to
	 * {@code accountId} under {@code name} (checked); the account that held it loses its
	 * real-name registration; everyone who brought them as a companion must be confirmed
	 * again by the new holder. 409 {@code PROFILE_ALREADY_REGISTERED} when
	 * {@code accountId} holds another identity. Audited
	 * ({@link PersonIdentityCorrected}).
	 */
	public PersonProfile reassign(PersonId id, long accountId, PersonName name, AccountPrincipal official,
			CorrectionReason reason) {
		return this.corrections.reassign(id, accountId, name, official, reason);
	}

	/** The registered identity of a resident account, if any. */
	public Optional<PersonProfile> findByAccount(long accountId) {
		return this.persons.findByAccount(accountId).map(this.profiles::of);
	}

	/** {@link #findByAccount(long)} as a read to send together with others. */
	public Read<Optional<PersonProfile>> byAccountRead(long accountId) {
		return this.persons.findByAccountRead(accountId).map(row -> row.map(this.profiles::of));
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
		Map<Long, PersonProfile> found = new HashMap<>();
		for (PersonProfile profile : this.profiles
			.of(this.persons.findByAccounts(accountIds.stream().distinct().toList()))) {
			found.put(profile.accountId(), profile);
		}
		return found;
	}

	/** The person a signed token names by their opaque public reference, if known. */
	public Optional<PersonProfile> findByPublicRef(String publicRef) {
		return this.persons.findByPublicRef(publicRef).map(this.profiles::of);
	}

	/** The person with this ID number, if known. */
	public Optional<PersonProfile> findByIdNumber(IdNumber idNumber) {
		return this.persons.findByIndex(this.blindIndex.of(idNumber)).map(this.profiles::of);
	}

	public PersonProfile profile(PersonId id) {
		PersonProfile profile = profiles(List.of(id)).get(id);
		if (profile == null) {
			throw new HealthCodeException("PERSON_NOT_FOUND", HttpStatus.NOT_FOUND);
		}
		return profile;
	}

	/**
	 * Masked profiles of many persons at once; unknown ids are left out. A person without
	 * a name of their own shows a {@linkplain ReportedNames reported} one.
	 */
	public Map<PersonId, PersonProfile> profiles(Collection<PersonId> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<PersonId, PersonProfile> found = new LinkedHashMap<>();
		for (PersonProfile profile : this.profiles.of(rows(ids))) {
			found.put(profile.id(), profile);
		}
		return found;
	}

	/**
	 * Full names and ID numbers of many persons; unknown ids are left out. For audited
	 * official use only: the caller publishes a {@link PersonalDataAccessed} for every
	 * person it decrypts, in the same transaction, and never shows the result to third
	 * parties.
	 */
	public Map<PersonId, PersonIdentity> fullIdentities(Collection<PersonId> ids) {
		List<PersonRow> rows = rows(ids);
		Map<PersonId, String> names = this.profiles.names(rows);
		Map<PersonId, PersonIdentity> identities = new LinkedHashMap<>();
		for (PersonRow row : rows) {
			PersonId id = new PersonId(row.id());
			identities.put(id, new PersonIdentity(id, names.getOrDefault(id, ""), this.profiles.idNumber(row)));
		}
		return identities;
	}

	/** How many persons are known (registered residents and people without account). */
	public long count() {
		return this.persons.count();
	}

	private List<PersonRow> rows(Collection<PersonId> ids) {
		return this.persons.findByIds(ids.stream().map(PersonId::value).distinct().toList());
	}

	private static AccountPrincipal requireStaff(AccountPrincipal staff) {
		if (staff == null || !staff.staff()) {
			throw new HealthCodeException("FORBIDDEN", HttpStatus.FORBIDDEN);
		}
		return staff;
	}

}
