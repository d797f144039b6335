package org.healthcode.checkin;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.healthcode.checkin.CheckInRepository.NewEntry;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Entry storage over the day partitions: an insert into a day without a partition (clock moved,
 * maintenance late) creates that day's partition and tries once more instead of failing the scan.
 */
@Component
class CheckInStore {

	private final CheckInRepository entries;

	private final CheckInPartitions partitions;

	CheckInStore(CheckInRepository entries, CheckInPartitions partitions) {
		this.entries = entries;
		this.partitions = partitions;
	}

	List<CheckIn> insert(List<NewEntry> fresh) {
		if (fresh.isEmpty()) {
			return List.of();
		}
		try {
			return this.entries.insert(fresh);
		}
		catch (DataIntegrityViolationException ex) {
			// "no partition of relation checkin found for row": make the days and retry once
			fresh.stream().map(entry -> LocalDate.ofInstant(entry.at(), ZoneOffset.UTC)).distinct().forEach(this.partitions::ensure);
			return this.entries.insert(fresh);
		}
	}

	List<CheckIn> latestOfEach(List<Long> personIds, long venueId, Instant since) {
		return this.entries.latestOfEach(personIds, venueId, since);
	}

	Optional<CheckIn> find(long id, Instant from, Instant to) {
		return this.entries.find(id, from, to);
	}

	/** Entries made for companions in the same scan as a holder's entry (same venue, within the window). */
	List<CheckIn> companionsOfScan(CheckIn holderEntry, Duration window) {
		return this.entries.companionsOf(holderEntry.madeByAccount(), holderEntry.venueId(), holderEntry.at().minus(window),
				holderEntry.at().plus(window));
	}

	void preparePartitions(LocalDate from, LocalDate to) {
		this.partitions.ensure(from, to);
	}

	int dropPartitionsBefore(LocalDate firstKeptDay) {
		return this.partitions.dropBefore(firstKeptDay);
	}

	List<LocalDate> partitionDays() {
		return this.partitions.days();
	}

}
