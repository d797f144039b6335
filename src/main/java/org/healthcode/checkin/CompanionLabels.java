package org.healthcode.checkin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.healthcode.companion.CompanionService;
import org.healthcode.person.PersonId;
import org.healthcode.person.PersonProfile;

import org.springframework.stereotype.Component;

/**
 * Shows a resident the persons they brought along under the names they typed for them,
 * never under a name someone else gave (which a person without a name of their own
 * otherwise shows).
 */
@Component
class CompanionLabels {

	private final CompanionService companions;

	CompanionLabels(CompanionService companions) {
		this.companions = companions;
	}

	/**
	 * The profiles, each under the name {@code accountId} gave the person ("" if none).
	 */
	Map<PersonId, PersonProfile> asNamedBy(long accountId, Map<PersonId, PersonProfile> profiles) {
		Map<PersonId, String> names = this.companions.namesGivenBy(accountId, profiles.keySet());
		Map<PersonId, PersonProfile> named = new LinkedHashMap<>();
		profiles.forEach((id, profile) -> named.put(id, new PersonProfile(id, names.getOrDefault(id, ""),
				profile.maskedIdNumber(), profile.publicRef(), profile.accountId())));
		return named;
	}

}
