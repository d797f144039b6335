package org.healthcode.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.LoggerFactory;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.account.Role;
import org.healthcode.support.ChunkedJobRunner;
import org.healthcode.testing.ImportJobRepository.Numbered;
import org.healthcode.testing.ImportJobRepository.Progress;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works through lab imports chunk by chunk (on a {@link ChunkedJobRunner}), each chunk in
 * its own transaction (results, colours and the job's counters commit together, so a
 * crash repeats no chunk). The node that took the file starts at once; a job whose node
 * died is taken over by the sweep of any node once its lease has run out, where its last
 * committed chunk left it.
 */
@Component
class ImportRunner implements DisposableBean {

	static final int CHUNK = 5_000;

	private static final Duration LEASE = Duration.ofMinutes(2);

	private final ImportJobRepository jobs;

	private final LabResults results;

	private final Clock clock;

	private final ChunkedJobRunner<UUID> runner;

	ImportRunner(ImportJobRepository jobs, LabResults results, TransactionTemplate transactions, Clock clock) {
		this.jobs = jobs;
		this.results = results;
		this.clock = clock;
		this.runner = new ChunkedJobRunner<>("lab-import", "Lab import", LoggerFactory.getLogger(ImportRunner.class),
				transactions, this::claim, this::chunk);
	}

	void submit(UUID job) {
		this.runner.submit(job);
	}

	@Scheduled(fixedDelayString = "${healthcode.testing.import-resume-interval:30s}",
			initialDelayString = "${healthcode.testing.import-resume-interval:30s}")
	@SchedulerLock(name = "testing-import-sweep", lockAtMostFor = "PT1M")
	public void sweep() {
		this.jobs.unclaimed(this.clock.instant()).forEach(this::submit);
	}

	private boolean claim(UUID job) {
		return this.jobs.claim(job, this.runner.node(), this.clock.instant(), this.clock.instant().plus(LEASE));
	}

	/** One chunk; false once the job is done or this node lost it. */
	private boolean chunk(UUID job) {
		Progress progress = this.jobs.lockProgress(job, this.runner.node()).orElse(null);
		if (progress == null) {
			return false;
		}
		Instant now = this.clock.instant();
		List<Numbered> lines = this.jobs.nextLines(job, progress.lastLine(), CHUNK);
		if (lines.isEmpty()) {
			this.jobs.finish(job, now);
			return false;
		}
		AccountPrincipal lab = new AccountPrincipal(Role.LAB, progress.labAccount(), "lab");
		ReportOutcome outcome = this.results.report(lines.stream().map(Numbered::line).toList(), lab);
		int room = Math.max(0, ImportJobRepository.LIST_MAX - progress.unknownCount());
		List<String> unknown = outcome.unknownTubes().subList(0, Math.min(room, outcome.unknownTubes().size()));
		this.jobs.recordChunk(job, lines.get(lines.size() - 1).lineNo(), lines.size(), outcome, unknown,
				now.plus(LEASE));
		return true;
	}

	@Override
	public void destroy() throws InterruptedException {
		this.runner.shutdown();
	}

}
