package org.healthcode.companion;

import java.time.Clock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes removed companion entries once the entries made with them are gone too. One
 * idempotent statement: every node may run it.
 */
@Component
class CompanionHousekeeping {

	private final CompanionRepository companions;

	private final CompanionProperties properties;

	private final Clock clock;

	CompanionHousekeeping(CompanionRepository companions, CompanionProperties properties, Clock clock) {
		this.companions = companions;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(cron = "${healthcode.companion.purge-cron:0 23 * * * *}")
	void purge() {
		this.companions.purgeRemovedBefore(this.clock.instant().minus(this.properties.removedKept()));
	}

}
