package org.healthcode.companion;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.healthcode.person.PersonId;
import org.healthcode.person.PersonProfile;

/**
 * One resident's current companion entries as a scan needs them: who comes along, and
 * under which name. Read for a whole group of scans at once
 * ({@link CompanionService#ofResidents}). Entries not yet accepted by the person (or
 * declined) are never brought along.
 */
public final class ResidentCompanions {

	private static final ResidentCompanions NONE = new ResidentCompanions(List.of());

	private final Map<Long, Entry> entries = new LinkedHashMap<>();

	ResidentCompanions(List<Entry> entries) {
		entries.forEach(entry -> this.entries.put(entry.id(), entry));
	}

	static ResidentCompanions none() {
		return NONE;
	}

	/** The usable companions marked "with me", in the order they were added. */
	public List<PersonId> withMe() {
		return this.entries.values()
			.stream()
			.filter(entry -> entry.usable() && entry.withMe())
			.map(Entry::person)
			.toList();
	}

	/**
	 * The persons behind companion ids chosen for a scan, duplicates once: 404
	 * {@code COMPANION_NOT_FOUND} for an id that is not one of the resident's current
	 * entries, 409 {@code COMPANION_NOT_CONFIRMED} for one the person has not accepted.
	 */
	public List<PersonId> chosen(Collection<Long> companionIds) {
		return companionIds.stream().distinct().map(id -> {
			Entry entry = this.entries.get(id);
			if (entry == null) {
				throw CompanionService.notFound();
			}
			if (!entry.usable()) {
				throw CompanionService.notConfirmed();
			}
			return entry.person();
		}).toList();
	}

	/**
	 * The profiles of this resident's usable companions among {@code profiles}, each
	 * under the name the resident typed, so a result screen shows the resident their own
	 * words.
	 */
	public Map<PersonId, PersonProfile> named(Map<PersonId, PersonProfile> profiles) {
		Map<PersonId, PersonProfile> named = new LinkedHashMap<>();
		for (Entry entry : this.entries.values()) {
			PersonProfile profile = profiles.get(entry.person());
			if (entry.usable() && profile != null) {
				named.put(entry.person(),
						new PersonProfile(profile.id(), entry.maskedName() == null ? "" : entry.maskedName(),
								profile.maskedIdNumber(), profile.publicRef(), profile.accountId()));
			}
		}
		return named;
	}

	/**
	 * @param maskedName the name the resident typed, masked; null for an old entry
	 */
	record Entry(long id, PersonId person, boolean usable, boolean withMe, String maskedName) {
	}

}
