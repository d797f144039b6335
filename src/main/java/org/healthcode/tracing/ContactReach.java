package org.healthcode.tracing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.account.AccountService;
import org.healthcode.companion.CompanionService;
import org.healthcode.identity.PhoneNumber;
import org.healthcode.person.PersonId;
import org.healthcode.person.PersonProfile;
import org.healthcode.person.PersonService;

import org.springframework.stereotype.Component;

/**
 * How an official reaches a contact by phone: the phone of the person's own account, or,
 * for a companion without one, the phone of the resident who registered them ("companion
 * of 张*三"). Masked unless asked for in full (the audited export). Every phone decrypted
 * is audited: the contact's {@code CONTACT_PHONE_READ}, and the registering resident's
 * {@code GUARDIAN_PHONE_READ}.
 */
@Component
class ContactReach {

	private final PersonService persons;

	private final AccountService accounts;

	private final CompanionService companions;

	private final TracingAudit audit;

	ContactReach(PersonService persons, AccountService accounts, CompanionService companions, TracingAudit audit) {
		this.persons = persons;
		this.accounts = accounts;
		this.companions = companions;
		this.audit = audit;
	}

	/**
	 * @param phone the number to call, masked or full; null when nobody can be called
	 * @param companionOf masked name of the resident who registered the person as a
	 * companion when the phone is theirs; null for the person's own phone
	 */
	record Reach(String phone, String companionOf) {

		static final Reach NONE = new Reach(null, null);

		@Override
		public String toString() {
			return "Reach[***]";
		}

	}

	/** Phones of the persons, by person id; everyone asked for is in the answer. */
	Map<Long, Reach> of(AccountPrincipal me, Collection<Long> personIds, boolean full) {
		List<PersonId> ids = personIds.stream().distinct().map(PersonId::new).toList();
		Map<Long, Reach> reach = new HashMap<>();
		if (ids.isEmpty()) {
			return reach;
		}
		Map<PersonId, PersonProfile> profiles = new HashMap<>();
		for (List<PersonId> slice : TracingLookups.slices(ids)) {
			profiles.putAll(this.persons.profiles(slice));
		}
		Map<Long, Long> ownAccount = new HashMap<>();
		List<PersonId> withoutAccount = new ArrayList<>();
		for (PersonId id : ids) {
			PersonProfile profile = profiles.get(id);
			if (profile != null && profile.accountId() != null) {
				ownAccount.put(id.value(), profile.accountId());
			}
			else {
				withoutAccount.add(id);
			}
		}
		Map<PersonId, Long> guardians = this.companions.guardiansOf(withoutAccount);
		Map<Long, PersonProfile> guardianProfiles = this.persons.findByAccounts(guardians.values());
		List<Long> accountsToRead = new ArrayList<>(ownAccount.values());
		accountsToRead.addAll(guardians.values());
		Map<Long, PhoneNumber> phones = this.accounts.residentPhones(accountsToRead);
		List<Long> contactsRead = new ArrayList<>();
		List<Long> guardiansRead = new ArrayList<>();
		for (PersonId id : ids) {
			Long account = ownAccount.get(id.value());
			Long guardian = guardians.get(id);
			if (account != null && phones.containsKey(account)) {
				reach.put(id.value(), new Reach(shown(phones.get(account), full), null));
				contactsRead.add(id.value());
			}
			else if (guardian != null && phones.containsKey(guardian)) {
				PersonProfile guardianProfile = guardianProfiles.get(guardian);
				reach.put(id.value(), new Reach(shown(phones.get(guardian), full),
						guardianProfile == null ? "" : guardianProfile.maskedName()));
				if (guardianProfile != null) {
					guardiansRead.add(guardianProfile.id().value());
				}
			}
			else {
				reach.put(id.value(), Reach.NONE);
			}
		}
		this.audit.read(me, contactsRead, "CONTACT_PHONE_READ", full ? "FULL" : "MASKED");
		this.audit.read(me, guardiansRead, "GUARDIAN_PHONE_READ", full ? "FULL" : "MASKED");
		return reach;
	}

	private static String shown(PhoneNumber phone, boolean full) {
		return full ? phone.value() : phone.masked();
	}

}
