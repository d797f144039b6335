package org.healthcode.companion;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes removed companion entries once the entries made with them are gone too. One
 * idempotent statement, run by one node at a time (ShedLock).
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

	@SchedulerLock(name = "companion-purge", lockAtMostFor = "PT10M")
	@Scheduled(cron = "${healthcode.companion.purge-cron:0 23 * * * *}")
	void purge() {
		this.companions.purgeRemovedBefore(this.clock.instant().minus(this.properties.removedKept()));
	}

}
