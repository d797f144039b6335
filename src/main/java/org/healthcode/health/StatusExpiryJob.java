package org.healthcode.health;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes the follow-ups of expired statuses into the history (RED → YELLOW → GREEN), so
 * the history says what everyone's colour was, and events reach the audit. Reads do not
 * wait for it. One node at a time runs it (a job lock).
 */
@Component
class StatusExpiryJob {

	private static final Logger log = LoggerFactory.getLogger(StatusExpiryJob.class);

	// a bound on one run, so a huge backlog cannot keep the job busy for ever
	private static final int MAX_BATCHES = 100;

	private final HealthService health;

	private final HealthProperties properties;

	StatusExpiryJob(HealthService health, HealthProperties properties) {
		this.health = health;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${healthcode.health.expiry-interval:1m}",
			initialDelayString = "${healthcode.health.expiry-initial-delay:30s}")
	@SchedulerLock(name = "health-status-expiry", lockAtMostFor = "PT10M", lockAtLeastFor = "PT10S")
	public void scheduled() {
		run();
	}

	void run() {
		int total = 0;
		for (int batch = 0; batch < MAX_BATCHES; batch++) {
			int done = this.health.carryForwardExpired();
			total += done;
			if (done < this.properties.expiryBatchSize()) {
				break;
			}
		}
		if (total > 0) {
			log.info("Carried {} expired health statuses forward", total);
		}
	}

}
