package org.healthcode.tracing;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.healthcode.health.HealthService;
import org.healthcode.health.HealthStatus;
import org.healthcode.health.StatusActor;
import org.healthcode.health.StatusChange;
import org.healthcode.person.PersonId;
import org.healthcode.tracing.MarkingJobRepository.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works through bulk markings chunk by chunk, each chunk in its own transaction: renew
 * the job's lease, claim pending persons, set the status of those who need it (one
 * history row and one audit row each), record the outcome. New markings start at once on
 * a background thread of the node that took them. A job is worked by the node holding its
 * lease; a node that dies stops renewing, and once the lease has run out the scheduled
 * sweep of any node takes the job over where the last committed chunk left it. A failure
 * (the database away) releases the job for a later try instead of failing it.
 */
@Component
class MarkingRunner implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(MarkingRunner.class);

	/** Failures (each released for another try) after which a job ends as FAILED. */
	static final int MAX_FAILURES = 5;

	/** This node, as lease owner: process and host, plus a random part for restarts. */
	private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/"
			+ UUID.randomUUID().toString().substring(0, 8);

	private final MarkingJobRepository jobs;

	private final HealthService health;

	private final TracingAudit audit;

	private final TracingProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "tracing-marking");
		thread.setDaemon(true);
		return thread;
	});

	MarkingRunner(MarkingJobRepository jobs, HealthService health, TracingAudit audit, TracingProperties properties,
			TransactionTemplate transactions, Clock clock) {
		this.jobs = jobs;
		this.health = health;
		this.audit = audit;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	void submit(long jobId) {
		this.executor.execute(() -> run(jobId));
	}

	@Scheduled(fixedDelayString = "${healthcode.tracing.marking-resume-interval:30s}",
			initialDelayString = "${healthcode.tracing.marking-resume-interval:30s}")
	@SchedulerLock(name = "tracing-marking-sweep", lockAtMostFor = "PT1M")
	public void sweep() {
		resumeUnclaimed();
	}

	/**
	 * Takes over every running job that no node holds (never started, released after a
	 * failure, or its node died and the lease ran out).
	 */
	void resumeUnclaimed() {
		this.jobs.unclaimed(this.clock.instant()).forEach(this::submit);
	}

	void run(long jobId) {
		try {
			if (!this.jobs.claim(jobId, this.node, this.clock.instant(), leaseEnd())) {
				return;
			}
			while (Boolean.TRUE.equals(this.transactions.execute(status -> chunk(jobId)))) {
				// next chunk
			}
		}
		catch (RuntimeException ex) {
			log.warn("Bulk marking {} stopped ({}); the persons marked so far keep their status, the rest "
					+ "follow on a later try", jobId, ex.getClass().getSimpleName());
			try {
				this.jobs.release(jobId, this.node, this.clock.instant(), MAX_FAILURES);
			}
			catch (RuntimeException releaseFailed) {
				// the database is away: the lease runs out by itself
			}
		}
	}

	/** One chunk; false when nothing is left for this worker or it lost the lease. */
	private boolean chunk(long jobId) {
		if (!this.jobs.claim(jobId, this.node, this.clock.instant(), leaseEnd())) {
			return false;
		}
		Row row = this.jobs.find(jobId).orElse(null);
		if (row == null || !"RUNNING".equals(row.job().status())) {
			return false;
		}
		List<Long> claimed = this.jobs.claimPending(jobId, this.properties.markingChunkSize());
		if (claimed.isEmpty()) {
			this.jobs.finishIfComplete(jobId, this.clock.instant());
			return false;
		}
		MarkingJob job = row.job();
		Map<PersonId, HealthStatus> current = this.health.current(claimed.stream().map(PersonId::new).toList());
		List<Long> change = new ArrayList<>();
		List<Long> keep = new ArrayList<>();
		for (Long personId : claimed) {
			HealthStatus status = current.get(new PersonId(personId));
			boolean same = status.color() == job.color() && status.reason() == job.reason();
			boolean moreSevere = status.color().ordinal() > job.color().ordinal();
			(same || moreSevere ? keep : change).add(personId);
		}
		if (!change.isEmpty()) {
			List<HealthStatus> set = this.health.setStatus(change.stream().map(PersonId::new).toList(),
					new StatusChange(job.color(), job.reason(), null), new StatusActor(row.role(), row.accountId()));
			// a risk area's withdrawal reverts only statuses still as this set them
			this.jobs.recordSetAt(jobId, set.get(0).setAt(), change);
		}
		this.audit.read(row.role(), row.accountId(), keep, "BULK_MARK_UNCHANGED");
		this.jobs.settle(jobId, change, "CHANGED");
		this.jobs.settle(jobId, keep, "UNCHANGED");
		return true;
	}

	private Instant leaseEnd() {
		return this.clock.instant().plus(this.properties.markingLease());
	}

	/** Stops working and hands this node's jobs back at once. */
	@Override
	public void destroy() throws InterruptedException {
		this.executor.shutdownNow();
		this.executor.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
		try {
			this.jobs.releaseAll(this.node);
		}
		catch (RuntimeException ex) {
			// the database is away: the leases run out by themselves
		}
	}

}
