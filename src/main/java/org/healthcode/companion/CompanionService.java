package org.healthcode.companion;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.healthcode.companion.CompanionRepository.CompanionRow;
import org.healthcode.health.Color;
import org.healthcode.health.HealthService;
import org.healthcode.identity.IdNumber;
import org.healthcode.identity.PersonName;
import org.healthcode.person.PersonId;
import org.healthcode.person.PersonProfile;
import org.healthcode.person.PersonService;
import org.healthcode.support.HealthCodeException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Companions (同行人员): people a resident registers by name and ID number and brings along.
 * Each is a person with a health status of their own; a scan registers an entry for each
 * usable companion chosen. The name the resident typed stays on their entry and never
 * becomes the person's. A person without an account is usable at once; a person with an
 * account of their own only once they accept from it ({@code /me/companion-requests}):
 * until then the resident sees no colour, cannot bring them and gets no tests. Adding
 * answers the same for every ID number ({@link AddedCompanion}).
 */
@Service
public class CompanionService {

	private final CompanionRepository companions;

	private final CompanionNames names;

	private final PersonService persons;

	private final HealthService health;

	private final CompanionProperties properties;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	CompanionService(CompanionRepository companions, CompanionNames names, PersonService persons, HealthService health,
			CompanionProperties properties, Clock clock, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager) {
		this.companions = companions;
		this.names = names;
		this.persons = persons;
		this.health = health;
		this.properties = properties;
		this.clock = clock;
		this.events = events;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	public List<Companion> list(long ownerAccount) {
		return view(this.companions.ofOwner(ownerAccount));
	}

	public Companion find(long ownerAccount, long companionId) {
		return view(List.of(this.companions.find(ownerAccount, companionId).orElseThrow(CompanionService::notFound)))
			.get(0);
	}

	/**
	 * Adds a companion: the name must pass the real-name check (throttled, audited); the
	 * entry is usable at once for a person without account, awaits the person's
	 * acceptance otherwise. Adding someone removed before restores that entry (a person
	 * who declined stays declined).
	 */
	public AddedCompanion add(long ownerAccount, PersonName name, IdNumber idNumber, Relation relation) {
		PersonProfile self = this.persons.requireByAccount(ownerAccount);
		if (this.companions.ofOwner(ownerAccount).size() >= this.properties.maxPerResident()) {
			throw limitReached();
		}
		PersonProfile person = this.persons.findOrCreateForCompanion(idNumber, name, ownerAccount);
		if (person.id().equals(self.id())) {
			throw new HealthCodeException("COMPANION_SELF", HttpStatus.BAD_REQUEST);
		}
		long id = this.transaction.execute(status -> enter(ownerAccount, person, name, relation));
		return new AddedCompanion(id, name.masked(), idNumber.masked(), relation, true);
	}

	private long enter(long ownerAccount, PersonProfile person, PersonName name, Relation relation) {
		this.companions.lockOwner(ownerAccount);
		List<CompanionRow> current = this.companions.ofOwner(ownerAccount);
		if (current.stream().anyMatch(row -> row.personId() == person.id().value())) {
			throw new HealthCodeException("COMPANION_DUPLICATE", HttpStatus.CONFLICT);
		}
		if (current.size() >= this.properties.maxPerResident()) {
			throw limitReached();
		}
		Instant now = this.clock.instant();
		Optional<CompanionRow> removed = this.companions.findAny(ownerAccount, person.id().value());
		LinkState state = !person.hasAccount() ? LinkState.NONE
				: removed.filter(row -> row.link() == LinkState.DECLINED).isPresent() ? LinkState.DECLINED
						: LinkState.PENDING;
		long id;
		if (removed.isPresent()) {
			id = removed.get().id();
			this.companions.restore(id, relation, this.names.encrypt(name), state, now);
		}
		else {
			id = this.companions.insert(ownerAccount, person.id().value(), relation, this.names.encrypt(name), state,
					now);
		}
		this.events.publishEvent(new CompanionAdded(id, ownerAccount, person.id(), state == LinkState.PENDING, now));
		return id;
	}

	/**
	 * Removes an entry; it is kept, unseen, for {@code healthcode.companion.removed-kept}
	 * so entries made with it keep their name.
	 */
	public void remove(long ownerAccount, long companionId) {
		if (!this.companions.remove(ownerAccount, companionId, this.clock.instant())) {
			throw notFound();
		}
	}

	public Companion setWithMe(long ownerAccount, long companionId, boolean withMe) {
		if (!this.companions.setWithMe(ownerAccount, companionId, withMe)) {
			throw notFound();
		}
		return find(ownerAccount, companionId);
	}

	/**
	 * The person behind one of the resident's usable companions, for their tests or card:
	 * 404 {@code COMPANION_NOT_FOUND} if it is not the resident's, 409
	 * {@code COMPANION_NOT_CONFIRMED} while the person has not accepted.
	 */
	public PersonId usablePerson(long ownerAccount, long companionId) {
		return ofResidents(List.of(ownerAccount)).get(ownerAccount).chosen(List.of(companionId)).get(0);
	}

	/**
	 * The persons behind companion ids a resident chose for a scan (see
	 * {@link ResidentCompanions#chosen}).
	 */
	public List<PersonId> personsOf(long ownerAccount, Collection<Long> companionIds) {
		if (companionIds.isEmpty()) {
			return List.of();
		}
		return ofResidents(List.of(ownerAccount)).get(ownerAccount).chosen(companionIds);
	}

	/**
	 * The persons of the usable companions marked "with me" of many residents, in one
	 * query: each owner's in the order they were added; owners with none are absent.
	 */
	public Map<Long, List<PersonId>> withMeOf(Collection<Long> ownerAccounts) {
		Map<Long, List<PersonId>> brought = new HashMap<>();
		ofResidents(ownerAccounts).forEach((owner, own) -> {
			if (!own.withMe().isEmpty()) {
				brought.put(owner, own.withMe());
			}
		});
		return brought;
	}

	/** The current companions of many residents, in one query; every owner is present. */
	public Map<Long, ResidentCompanions> ofResidents(Collection<Long> ownerAccounts) {
		Map<Long, List<ResidentCompanions.Entry>> entries = new HashMap<>();
		ownerAccounts.forEach(owner -> entries.put(owner, new ArrayList<>()));
		if (!ownerAccounts.isEmpty()) {
			for (CompanionRow row : this.companions.ofOwners(ownerAccounts.stream().distinct().toList())) {
				boolean usable = row.link().usable();
				entries.get(row.ownerAccount())
					.add(new ResidentCompanions.Entry(row.id(), new PersonId(row.personId()), usable, row.withMe(),
							usable ? this.names.masked(row.nameCipher()) : null));
			}
		}
		Map<Long, ResidentCompanions> companions = new HashMap<>();
		entries.forEach((owner, own) -> companions.put(owner, new ResidentCompanions(own)));
		return companions;
	}

	/**
	 * The masked names a resident gave these persons as companions, removed entries
	 * included, for showing the resident their own past entries; persons they never named
	 * are absent.
	 */
	public Map<PersonId, String> namesGivenBy(long ownerAccount, Collection<PersonId> personIds) {
		return this.names.givenBy(ownerAccount, personIds.stream().map(PersonId::value).distinct().toList());
	}

	/**
	 * For persons registered as someone's companion: the account of the resident who
	 * registered them (the earliest, if several did), counting entries since removed but
	 * not those awaiting the person's acceptance or declined. Others are absent.
	 */
	public Map<PersonId, Long> guardiansOf(Collection<PersonId> personIds) {
		Map<PersonId, Long> guardians = new HashMap<>();
		if (!personIds.isEmpty()) {
			for (CompanionRow row : this.companions
				.ofPersons(personIds.stream().map(PersonId::value).distinct().toList())) {
				guardians.putIfAbsent(new PersonId(row.personId()), row.ownerAccount());
			}
		}
		return guardians;
	}

	private List<Companion> view(List<CompanionRow> rows) {
		Map<PersonId, PersonProfile> profiles = this.persons
			.profiles(rows.stream().map(row -> new PersonId(row.personId())).toList());
		Map<PersonId, Color> colors = this.health.currentColors(
				rows.stream().filter(row -> row.link().usable()).map(row -> new PersonId(row.personId())).toList());
		return rows.stream().map(row -> {
			PersonId personId = new PersonId(row.personId());
			return new Companion(row.id(), this.names.masked(row.nameCipher()), profiles.get(personId).maskedIdNumber(),
					row.relation(), row.withMe(), row.link().shown(),
					row.link().usable() ? colors.get(personId) : null);
		}).toList();
	}

	private HealthCodeException limitReached() {
		return new HealthCodeException("COMPANION_LIMIT", HttpStatus.CONFLICT, this.properties.maxPerResident());
	}

	static HealthCodeException notFound() {
		return new HealthCodeException("COMPANION_NOT_FOUND", HttpStatus.NOT_FOUND);
	}

	static HealthCodeException notConfirmed() {
		return new HealthCodeException("COMPANION_NOT_CONFIRMED", HttpStatus.CONFLICT);
	}

}
