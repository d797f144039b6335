package org.healthcode.audit;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.healthcode.account.AccountService;
import org.healthcode.audit.AuditSearchResult.Item;
import org.healthcode.audit.AuditSearchResult.Subject;
import org.healthcode.identity.PiiCipher;
import org.healthcode.identity.PiiField;
import org.healthcode.person.PersonId;
import org.healthcode.person.PersonProfile;
import org.healthcode.person.PersonService;

import org.springframework.stereotype.Component;

/**
 * Turns entries into what an administrator may see: masked subjects, staff usernames, the
 * reason code in words ({@link AuditWords}) and the decrypted note.
 */
@Component
class AuditViews {

	private static final Set<String> STAFF_ROLES = Set.of("OFFICIAL", "ADMIN", "SAMPLER", "LAB", "VACCINATOR");

	private final PersonService persons;

	private final AccountService accounts;

	private final PiiCipher cipher;

	private final AuditWords words;

	AuditViews(PersonService persons, AccountService accounts, PiiCipher cipher, AuditWords words) {
		this.persons = persons;
		this.accounts = accounts;
		this.cipher = cipher;
		this.words = words;
	}

	List<Item> of(List<AuditRepository.Row> rows, AuditCriteria criteria) {
		List<AuditEntry> entries = rows.stream().map(AuditRepository.Row::entry).toList();
		Map<PersonId, PersonProfile> profiles = this.persons.profiles(entries.stream()
			.filter(entry -> entry.personId() != null)
			.map(entry -> new PersonId(entry.personId()))
			.toList());
		// resident and staff account ids come from different sequences: only staff ids
		// name staff
		Map<Long, String> staff = this.accounts.staffUsernames(entries.stream()
			.filter(entry -> entry.actorAccountId() != null && STAFF_ROLES.contains(entry.actorRole()))
			.map(AuditEntry::actorAccountId)
			.toList());
		return rows.stream().map(row -> {
			AuditEntry entry = row.entry();
			String actorName = STAFF_ROLES.contains(entry.actorRole()) ? staff.get(entry.actorAccountId()) : null;
			String note = row.noteCipher() == null ? null : this.cipher.decrypt(PiiField.AUDIT_NOTE, row.noteCipher());
			return new Item(entry.id(), entry.occurredAt(), entry.actorRole(), entry.actorAccountId(), actorName,
					entry.action(), subject(entry, profiles, criteria), entry.reason(),
					entry.reason() == null ? null : this.words.reason(entry.reason()), note, entry.detail());
		}).toList();
	}

	private static Subject subject(AuditEntry entry, Map<PersonId, PersonProfile> profiles, AuditCriteria criteria) {
		PersonProfile profile = entry.personId() == null ? null : profiles.get(new PersonId(entry.personId()));
		if (profile != null) {
			return new Subject(profile.maskedName(), profile.maskedIdNumber());
		}
		// found through the blind index of the ID number searched for: that is who it is
		// about
		if (entry.personId() == null && criteria.bySubject()) {
			return new Subject("", criteria.subjectMaskedIdNumber());
		}
		return null;
	}

}
