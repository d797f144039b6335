package org.healthcode.companion;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.healthcode.companion.CompanionRepository.CompanionRow;
import org.healthcode.health.Color;
import org.healthcode.health.HealthService;
import org.healthcode.identity.IdNumber;
import org.healthcode.identity.PersonName;
import org.healthcode.person.PersonId;
import org.healthcode.person.PersonProfile;
import org.healthcode.person.PersonService;
import org.healthcode.support.HealthCodeException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Companions (同行人员): people without a phone whom a resident registers by name and ID
 * number and brings along. Each is a person with a health status of their own; a scan
 * registers an entry for each companion marked "with me".
 */
@Service
public class CompanionService {

	private final CompanionRepository companions;

	private final PersonService persons;

	private final HealthService health;

	private final CompanionProperties properties;

	private final Clock clock;

	CompanionService(CompanionRepository companions, PersonService persons, HealthService health,
			CompanionProperties properties, Clock clock) {
		this.companions = companions;
		this.persons = persons;
		this.health = health;
		this.properties = properties;
		this.clock = clock;
	}

	public List<Companion> list(long ownerAccount) {
		return view(this.companions.ofOwner(ownerAccount));
	}

	@Transactional
	public Companion add(long ownerAccount, PersonName name, IdNumber idNumber, Relation relation) {
		PersonProfile self = this.persons.requireByAccount(ownerAccount);
		this.companions.lockOwner(ownerAccount);
		List<CompanionRow> existing = this.companions.ofOwner(ownerAccount);
		if (existing.size() >= this.properties.maxPerResident()) {
			throw new HealthCodeException("COMPANION_LIMIT", HttpStatus.CONFLICT, this.properties.maxPerResident());
		}
		PersonProfile companion = this.persons.findOrCreate(name, idNumber);
		if (companion.id().equals(self.id())) {
			throw new HealthCodeException("COMPANION_SELF", HttpStatus.BAD_REQUEST);
		}
		if (existing.stream().anyMatch(row -> row.personId() == companion.id().value())) {
			throw new HealthCodeException("COMPANION_DUPLICATE", HttpStatus.CONFLICT);
		}
		long id = this.companions.insert(ownerAccount, companion.id().value(), relation, this.clock.instant());
		return find(ownerAccount, id);
	}

	public void remove(long ownerAccount, long companionId) {
		if (!this.companions.delete(ownerAccount, companionId)) {
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
	 * The persons behind companion ids a resident chose for a scan; every id must be one
	 * of the resident's own companions (COMPANION_NOT_FOUND otherwise), duplicates count
	 * once.
	 */
	public List<PersonId> personsOf(long ownerAccount, Collection<Long> companionIds) {
		if (companionIds.isEmpty()) {
			return List.of();
		}
		List<CompanionRow> own = this.companions.ofOwner(ownerAccount);
		return companionIds.stream()
			.distinct()
			.map(id -> own.stream()
				.filter(row -> row.id() == id)
				.findFirst()
				.map(row -> new PersonId(row.personId()))
				.orElseThrow(CompanionService::notFound))
			.toList();
	}

	/** The companions currently marked "with me". */
	/**
	 * The persons of the companions marked "with me" of many residents, in one query:
	 * each owner's in the order they were added; owners with none are absent.
	 */
	public Map<Long, List<PersonId>> withMeOf(Collection<Long> ownerAccounts) {
		Map<Long, List<PersonId>> brought = new HashMap<>();
		if (!ownerAccounts.isEmpty()) {
			for (CompanionRow row : this.companions.withMeOf(ownerAccounts.stream().distinct().toList())) {
				brought.computeIfAbsent(row.ownerAccount(), owner -> new ArrayList<>())
					.add(new PersonId(row.personId()));
			}
		}
		return brought;
	}

	/**
	 * For persons registered as someone's companion: the account of the resident who
	 * registered them (the earliest, if several did). Others are absent.
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

	private Companion find(long ownerAccount, long id) {
		return view(List.of(this.companions.find(ownerAccount, id).orElseThrow(CompanionService::notFound))).get(0);
	}

	private List<Companion> view(List<CompanionRow> rows) {
		List<PersonId> ids = rows.stream().map(row -> new PersonId(row.personId())).toList();
		Map<PersonId, PersonProfile> profiles = this.persons.profiles(ids);
		Map<PersonId, Color> colors = this.health.currentColors(ids);
		return rows.stream().map(row -> {
			PersonId personId = new PersonId(row.personId());
			PersonProfile profile = profiles.get(personId);
			return new Companion(row.id(), personId, profile.maskedName(), profile.maskedIdNumber(),
					Relation.valueOf(row.relation()), row.withMe(), colors.get(personId));
		}).toList();
	}

	private static HealthCodeException notFound() {
		return new HealthCodeException("COMPANION_NOT_FOUND", HttpStatus.NOT_FOUND);
	}

}
