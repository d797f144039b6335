package org.healthcode.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Login traces are kept one day (long enough for hourly rate limits and support
 * questions), then deleted: codes and their SMS parameters are of no use afterwards. One
 * node at a time purges (a job lock).
 */
@Component
class AccountHousekeeping {

	private static final Logger log = LoggerFactory.getLogger(AccountHousekeeping.class);

	static final Duration KEEP = Duration.ofDays(1);

	private final OtpService otp;

	private final OutboxSmsSender outbox;

	private final Clock clock;

	AccountHousekeeping(OtpService otp, OutboxSmsSender outbox, Clock clock) {
		this.otp = otp;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${healthcode.account.housekeeping-interval:1h}", initialDelayString = "1m")
	@SchedulerLock(name = "account-housekeeping", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	public void purge() {
		Instant cutoff = this.clock.instant().minus(KEEP);
		int challenges = this.otp.purgeOlderThan(cutoff);
		int messages = this.outbox.deleteCreatedBefore(cutoff);
		log.info("Purged {} one-time code challenges and {} SMS outbox messages older than {}", challenges, messages,
				KEEP);
	}

}
