package org.healthcode.tracing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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
 * Works through bulk markings chunk by chunk, each chunk in its own transaction: claim
 * pending persons, set the status of those who need it (one history row and one audit row
 * each), record the outcome. New markings start at once on a background thread; a
 * scheduled sweep picks up those left unfinished (a restart, another node). Claims use
 * skip locked, so sweeps and nodes never collide.
 */
@Component
class MarkingRunner implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(MarkingRunner.class);

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
	void resumeUnfinished() {
		this.jobs.running().forEach(this::run);
	}

	void run(long jobId) {
		try {
			while (Boolean.TRUE.equals(this.transactions.execute(status -> chunk(jobId)))) {
				// next chunk
			}
		}
		catch (RuntimeException ex) {
			log.warn("Bulk marking {} failed; the persons marked so far keep their status", jobId, ex);
			this.transactions.executeWithoutResult(status -> this.jobs.fail(jobId, this.clock.instant()));
		}
	}

	/** One chunk; false when nothing is left for this worker. */
	private boolean chunk(long jobId) {
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
			this.health.setStatus(change.stream().map(PersonId::new).toList(),
					new StatusChange(job.color(), job.reason(), null), new StatusActor(row.role(), row.accountId()));
		}
		this.audit.read(row.role(), row.accountId(), keep, "BULK_MARK_UNCHANGED");
		this.jobs.settle(jobId, change, "CHANGED");
		this.jobs.settle(jobId, keep, "UNCHANGED");
		return true;
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
