package org.healthcode.checkin;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.healthcode.checkin.CheckInRepository.NewEntry;
import org.healthcode.person.PersonId;

import org.springframework.stereotype.Component;

/** Entry storage over the day partitions of {@code checkin}. */
@Component
class CheckInStore {

	private final CheckInRepository entries;

	private final CheckInPartitions partitions;

	private final Set<LocalDate> knownDays = ConcurrentHashMap.newKeySet();

	CheckInStore(CheckInRepository entries, CheckInPartitions partitions) {
		this.entries = entries;
		this.partitions = partitions;
	}

	List<CheckIn> insert(List<NewEntry> fresh) {
		return fresh.isEmpty() ? List.of() : this.entries.insert(fresh);
	}

	/**
	 * Makes sure the day of {@code moment} has its partition before entries for it arrive
	 * (the retention job makes them ahead; this covers a moved clock or late
	 * maintenance). Remembered per day, so it costs a statement once a day per node.
	 */
	void ensureDayOf(Instant moment) {
		LocalDate day = LocalDate.ofInstant(moment, ZoneOffset.UTC);
		if (!this.knownDays.contains(day)) {
			this.partitions.ensure(day);
			this.knownDays.add(day);
		}
	}

	/**
	 * Serialises, until the end of the current transaction, every group that enters one
	 * of these visits (keys from {@link ScanRegistrar#visitLockKey}).
	 */
	void lockVisits(List<Integer> keys) {
		this.entries.lockVisits(keys.stream().distinct().sorted().toList());
	}

	List<CheckIn> latestOfVisits(List<Long> personIds, List<Long> venueIds, Instant since, Instant until) {
		return personIds.isEmpty() ? List.of() : this.entries.latestOfVisits(personIds, venueIds, since, until);
	}

	Optional<CheckIn> find(long id, PersonId person, Instant from, Instant to) {
		return this.entries.find(id, person.value(), from, to);
	}

	/**
	 * Entries made for companions in the same scan as a holder's entry (same venue,
	 * within the window).
	 */
	List<CheckIn> companionsOfScan(CheckIn holderEntry, Duration window) {
		return this.entries.companionsOf(holderEntry.madeByAccount(), holderEntry.venueId(),
				holderEntry.at().minus(window), holderEntry.at().plus(window));
	}

	void preparePartitions(LocalDate from, LocalDate to) {
		this.partitions.ensure(from, to);
	}

	int dropPartitionsBefore(LocalDate firstKeptDay) {
		this.knownDays.removeIf(day -> day.isBefore(firstKeptDay));
		return this.partitions.dropBefore(firstKeptDay);
	}

	List<LocalDate> partitionDays() {
		return this.partitions.days();
	}

}
