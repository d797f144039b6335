package org.healthcode.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.healthcode.identity.Masking;
import org.healthcode.identity.PersonName;
import org.healthcode.identity.PiiCipher;
import org.healthcode.identity.PiiField;
import org.healthcode.person.PersonRepository.PersonRow;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Reads person rows as profiles: the person's own name, or for a person nobody named, the
 * name another module was told ({@link ReportedNames}), fetched once for all rows at
 * hand.
 */
@Component
class PersonProfiles {

	private final PiiCipher cipher;

	private final ObjectProvider<ReportedNames> reportedNames;

	PersonProfiles(PiiCipher cipher, ObjectProvider<ReportedNames> reportedNames) {
		this.cipher = cipher;
		this.reportedNames = reportedNames;
	}

	PersonProfile of(PersonRow row) {
		return of(List.of(row)).get(0);
	}

	/** Profiles of the rows, in their order. */
	List<PersonProfile> of(List<PersonRow> rows) {
		Map<PersonId, String> names = names(rows);
		List<PersonProfile> profiles = new ArrayList<>(rows.size());
		for (PersonRow row : rows) {
			String name = names.get(new PersonId(row.id()));
			profiles.add(new PersonProfile(new PersonId(row.id()), name == null ? "" : Masking.name(name),
					Masking.idNumber(idNumber(row)), row.publicRef(), row.accountId()));
		}
		return profiles;
	}

	/**
	 * Full names of the rows, each the person's own or, for a person without one, a
	 * reported one; persons nobody named are absent.
	 */
	Map<PersonId, String> names(List<PersonRow> rows) {
		Map<PersonId, String> names = new HashMap<>();
		List<PersonId> unnamed = new ArrayList<>();
		for (PersonRow row : rows) {
			String own = ownName(row);
			if (own != null) {
				names.put(new PersonId(row.id()), own);
			}
			else {
				unnamed.add(new PersonId(row.id()));
			}
		}
		if (!unnamed.isEmpty()) {
			this.reportedNames.orderedStream()
				.forEach(source -> source.of(unnamed).forEach((id, name) -> names.putIfAbsent(id, name)));
		}
		return names;
	}

	/** The person's own name (registered, or entered by staff), null if none. */
	String ownName(PersonRow row) {
		return row.nameCipher() == null ? null : this.cipher.decrypt(PiiField.NAME, row.nameCipher());
	}

	String idNumber(PersonRow row) {
		return this.cipher.decrypt(PiiField.ID_NUMBER, row.idNumberCipher());
	}

	/** Whether the person's own name is this one (NFKC forms compared). */
	boolean hasName(PersonRow row, PersonName name) {
		String own = ownName(row);
		return own != null && own.equals(name.value());
	}

	byte[] encrypt(PersonName name) {
		return this.cipher.encrypt(PiiField.NAME, name.value());
	}

}
