package org.healthcode.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;

class ChunkedJobRunnerTests {

	final List<String> chunks = new CopyOnWriteArrayList<>();

	final Map<String, AtomicInteger> starts = new ConcurrentHashMap<>();

	final Map<String, CountDownLatch> done = new ConcurrentHashMap<>();

	ChunkedJobRunner<String> runner;

	@AfterEach
	void stop() throws InterruptedException {
		this.runner.shutdown();
	}

	@Test
	void aJobSentWhileALongOneRunsGetsItsTurnAfterOneChunkNotAfterTheWholeJob() throws Exception {
		CountDownLatch shortSent = new CountDownLatch(1);
		Map<String, Integer> lengths = Map.of("long", 4, "short", 1);
		this.runner = runner((job) -> {
			if (job.equals("long") && count(job) == 0) {
				await(shortSent);
			}
			return chunk(job, lengths.get(job));
		});
		this.runner.submit("long");
		this.runner.submit("short");
		shortSent.countDown();
		await(finished("long"));
		await(finished("short"));
		// the short job's one chunk and its end come between the long job's chunks
		assertThat(this.chunks).containsExactly("long", "short", "long", "short:done", "long", "long", "long:done");
	}

	@Test
	void aJobIsQueuedOnceWhileItRunsAndTakenUpAgainAfterAFailure() {
		CountDownLatch secondSent = new CountDownLatch(1);
		CountDownLatch failing = new CountDownLatch(1);
		AtomicInteger calls = new AtomicInteger();
		this.runner = runner((job) -> {
			if (job.equals("idle")) {
				return chunk(job, 0);
			}
			int call = calls.incrementAndGet();
			if (call == 1) {
				await(secondSent);
			}
			if (call == 2) {
				failing.countDown();
				throw new IllegalStateException("database away");
			}
			return chunk(job, 2);
		});
		this.runner.submit("job");
		this.runner.submit("job");
		secondSent.countDown();
		// the idle job goes in behind the failing turn, so once it is done that turn is
		// over
		await(failing);
		awaitIdle();
		assertThat(this.starts.get("job")).hasValue(1);
		assertThat(this.chunks).containsExactly("job");
		// the failure stopped the job: a sweep submits it again and it goes on
		this.runner.submit("job");
		await(finished("job"));
		assertThat(this.starts.get("job")).hasValue(2);
		assertThat(this.chunks).containsExactly("job", "job", "job:done");
	}

	private ChunkedJobRunner<String> runner(Predicate<String> chunk) {
		return new ChunkedJobRunner<>("test-jobs", "Test job", LoggerFactory.getLogger(ChunkedJobRunnerTests.class),
				TransactionOperations.withoutTransaction(), (job) -> {
					this.starts.computeIfAbsent(job, (key) -> new AtomicInteger()).incrementAndGet();
					return true;
				}, chunk);
	}

	/**
	 * Records a chunk of a job {@code length} chunks long; false once it has them all.
	 */
	private boolean chunk(String job, int length) {
		if (count(job) < length) {
			this.chunks.add(job);
			return true;
		}
		this.chunks.add(job + ":done");
		finished(job).countDown();
		return false;
	}

	private long count(String job) {
		return this.chunks.stream().filter(job::equals).count();
	}

	private CountDownLatch finished(String job) {
		return this.done.computeIfAbsent(job, (key) -> new CountDownLatch(1));
	}

	/** Waits until the worker is through what was queued before (it runs in order). */
	private void awaitIdle() {
		this.runner.submit("idle");
		await(finished("idle"));
		this.chunks.remove("idle:done");
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
