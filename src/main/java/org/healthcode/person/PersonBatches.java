package org.healthcode.person;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.healthcode.identity.BlindIndex;
import org.healthcode.identity.PiiCipher;
import org.healthcode.identity.PiiField;
import org.healthcode.person.IdentityVerifier.Verdict;
import org.healthcode.person.PersonRepository.PersonRow;
import org.healthcode.support.HealthCodeException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Persons for a whole batch of staff records at once (thousands a request): looked up in
 * one query, the unknown ones created in one statement. A record's name is compared with
 * the person's own name where they have one (already verified when it was registered);
 * for a person without one it is asked of the {@link IdentityVerifier} and, when it
 * matches, stored as their name. The caller's transaction covers the writes.
 */
@Component
class PersonBatches {

	private static final Base64.Encoder REF_ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final PersonRepository persons;

	private final PersonProfiles profiles;

	private final IdentityChecks checks;

	private final PiiCipher cipher;

	private final BlindIndex blindIndex;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	PersonBatches(PersonRepository persons, PersonProfiles profiles, IdentityChecks checks, PiiCipher cipher,
			BlindIndex blindIndex, Clock clock) {
		this.persons = persons;
		this.profiles = profiles;
		this.checks = checks;
		this.cipher = cipher;
		this.blindIndex = blindIndex;
		this.clock = clock;
	}

	/** For each entry, in order, its person, or empty when the name does not match. */
	List<Optional<PersonId>> findOrCreate(List<StaffEntry> entries) {
		Map<String, byte[]> indexes = new LinkedHashMap<>();
		List<String> keys = new ArrayList<>(entries.size());
		for (StaffEntry entry : entries) {
			byte[] index = this.blindIndex.of(entry.idNumber());
			String key = HexFormat.of().formatHex(index);
			indexes.putIfAbsent(key, index);
			keys.add(key);
		}
		Map<String, PersonRow> known = byKey(this.persons.findByIndexes(indexes.values()));
		Map<String, Verdict> verdicts = new HashMap<>();
		List<PersonRepository.NewPerson> fresh = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			StaffEntry entry = entries.get(i);
			PersonRow row = known.get(keys.get(i));
			String verdictKey = keys.get(i) + "|" + entry.name().value();
			if (verdicts.containsKey(verdictKey)) {
				continue;
			}
			Verdict verdict = (row != null && this.profiles.ownName(row) != null)
					? (this.profiles.hasName(row, entry.name()) ? Verdict.MATCH : Verdict.MISMATCH)
					: this.checks.verify(entry.name(), entry.idNumber());
			if (verdict == Verdict.UNAVAILABLE) {
				throw new HealthCodeException("IDENTITY_CHECK_UNAVAILABLE", HttpStatus.SERVICE_UNAVAILABLE);
			}
			verdicts.put(verdictKey, verdict);
			if (verdict == Verdict.MATCH && row == null
					&& fresh.stream().noneMatch(person -> person.key().equals(verdictKey.split("\\|")[0]))) {
				fresh.add(new PersonRepository.NewPerson(keys.get(i), indexes.get(keys.get(i)),
						this.cipher.encrypt(PiiField.ID_NUMBER, entry.idNumber().value()),
						this.profiles.encrypt(entry.name()), newPublicRef()));
			}
		}
		if (!fresh.isEmpty()) {
			this.persons.insertAll(fresh, this.clock.instant());
			known = byKey(this.persons.findByIndexes(indexes.values()));
		}
		List<Optional<PersonId>> result = new ArrayList<>(entries.size());
		for (int i = 0; i < entries.size(); i++) {
			Verdict verdict = verdicts.get(keys.get(i) + "|" + entries.get(i).name().value());
			PersonRow row = known.get(keys.get(i));
			if (verdict != Verdict.MATCH || row == null) {
				result.add(Optional.empty());
				continue;
			}
			if (row.nameCipher() == null) {
				this.persons.setNameIfMissing(row.id(), this.profiles.encrypt(entries.get(i).name()));
			}
			result.add(Optional.of(new PersonId(row.id())));
		}
		return result;
	}

	private static Map<String, PersonRow> byKey(List<PersonRow> rows) {
		Map<String, PersonRow> found = new HashMap<>();
		for (PersonRow row : rows) {
			found.put(HexFormat.of().formatHex(row.idNumberIndex()), row);
		}
		return found;
	}

	private String newPublicRef() {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		return REF_ENCODER.encodeToString(bytes);
	}

}
