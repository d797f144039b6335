package org.healthcode.companion;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.healthcode.companion.CompanionRepository.GivenName;
import org.healthcode.identity.Masking;
import org.healthcode.identity.PersonName;
import org.healthcode.identity.PiiCipher;
import org.healthcode.identity.PiiField;
import org.healthcode.person.PersonId;
import org.healthcode.person.ReportedNames;

import org.springframework.stereotype.Component;

/**
 * The names residents typed for their companions, encrypted on the companion entry. To
 * staff screens they stand in for a person who has no name of their own
 * ({@link ReportedNames}): the latest one given wins.
 */
@Component
class CompanionNames implements ReportedNames {

	private final CompanionRepository companions;

	private final PiiCipher cipher;

	CompanionNames(CompanionRepository companions, PiiCipher cipher) {
		this.companions = companions;
		this.cipher = cipher;
	}

	byte[] encrypt(PersonName name) {
		return this.cipher.encrypt(PiiField.NAME, name.value());
	}

	/** The masked name; empty for an entry made before names were kept on entries. */
	String masked(byte[] nameCipher) {
		return nameCipher == null ? "" : Masking.name(this.cipher.decrypt(PiiField.NAME, nameCipher));
	}

	/** The masked names one resident gave these persons, removed entries included. */
	Map<PersonId, String> givenBy(long ownerAccount, List<Long> personIds) {
		Map<PersonId, String> names = new HashMap<>();
		if (!personIds.isEmpty()) {
			for (GivenName given : this.companions.namesGivenBy(ownerAccount, personIds)) {
				names.put(new PersonId(given.personId()), masked(given.nameCipher()));
			}
		}
		return names;
	}

	@Override
	public Map<PersonId, String> of(java.util.Collection<PersonId> persons) {
		Map<PersonId, String> names = new HashMap<>();
		if (persons.isEmpty()) {
			return names;
		}
		for (GivenName given : this.companions.namesGiven(persons.stream().map(PersonId::value).distinct().toList())) {
			names.computeIfAbsent(new PersonId(given.personId()),
					id -> this.cipher.decrypt(PiiField.NAME, given.nameCipher()));
		}
		return names;
	}

}
