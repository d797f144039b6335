package org.healthcode.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.healthcode.checkin.CheckInService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the entry store in shape: at start-up and every hour it makes the coming days'
 * partitions and drops the days that left the retention window. Dropping a partition is
 * instant and leaves no dead rows, unlike deleting millions of entries. The hourly run
 * happens on one node at a time (a job lock); the run at start-up is not locked, because
 * partition maintenance itself tolerates several nodes at once, and a failure there (the
 * database busy) never stops a start: the next run catches up.
 */
@Component
@EnableConfigurationProperties(RetentionProperties.class)
class RetentionJob implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private final CheckInService checkIns;

	private final RetentionProperties properties;

	private final Clock clock;

	RetentionJob(CheckInService checkIns, RetentionProperties properties, Clock clock) {
		this.checkIns = checkIns;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			maintain();
		}
		catch (RuntimeException ex) {
			log.warn("Partition maintenance at start-up failed ({}); the hourly run will catch up",
					ex.getClass().getSimpleName());
		}
	}

	@Scheduled(cron = "${healthcode.retention.cron:0 5 * * * *}")
	@SchedulerLock(name = "retention-maintain", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	public void scheduled() {
		maintain();
	}

	void maintain() {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		LocalDate firstKept = today.minusDays(this.properties.checkInDays());
		this.checkIns.preparePartitions(firstKept, today.plusDays(this.properties.partitionsAhead()));
		int dropped = this.checkIns.dropPartitionsBefore(firstKept);
		if (dropped > 0) {
			log.info("Retention: dropped {} day(s) of check-ins before {}", dropped, firstKept);
		}
	}

}
