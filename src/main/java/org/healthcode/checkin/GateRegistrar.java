package org.healthcode.checkin;

import java.time.Instant;
import java.util.List;

import org.healthcode.checkin.CheckInRepository.NewEntry;
import org.healthcode.person.PersonId;
import org.healthcode.venue.PublicVenue;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores one gate entry. Gate registrations are one at a time from a guard's phone, so
 * they skip the scan batcher; they take the same visit lock, so a visitor who also scans
 * the poster at that moment is entered once.
 */
@Component
class GateRegistrar {

	private final CheckInStore store;

	private final CheckInProperties properties;

	private final TransactionTemplate transactions;

	GateRegistrar(CheckInStore store, CheckInProperties properties, PlatformTransactionManager transactionManager) {
		this.store = store;
		this.properties = properties;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	Registered register(PublicVenue venue, PersonId person, long guardAccountId, Instant now, String color,
			String verdict) {
		this.store.ensureDayOf(now);
		return this.transactions.execute(status -> {
			this.store.lockVisits(List.of(ScanRegistrar.visitLockKey(person.value(), venue.id())));
			List<CheckIn> earlier = this.store.latestOfVisits(List.of(person.value()), List.of(venue.id()),
					now.minus(this.properties.repeatWindow()), now.plus(this.properties.repeatWindow()));
			if (!earlier.isEmpty()) {
				return new Registered(earlier.get(0), true);
			}
			CheckIn entry = this.store
				.insert(List.of(new NewEntry(venue.id(), now, person.value(), guardAccountId, false, Channel.GATE,
						color, verdict, null)))
				.get(0);
			return new Registered(entry, false);
		});
	}

	record Registered(CheckIn entry, boolean repeated) {
	}

}
