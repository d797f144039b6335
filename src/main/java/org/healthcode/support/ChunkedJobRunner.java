package org.healthcode.support;

import java.lang.management.ManagementFactory;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.slf4j.Logger;

import org.springframework.transaction.support.TransactionOperations;

/**
 * Works through a module's background jobs (file imports) chunk by chunk on one thread of
 * its own, each chunk in its own transaction, so a crash repeats no committed chunk. The
 * module says how a job is taken for this node ({@code start}, e.g. claiming its lease)
 * and what one chunk does ({@code chunk}, false once the job is done or this node lost
 * it); leases and the sweep that takes up a dead node's jobs stay with the module. A
 * failure (the database away) stops the job here and leaves it to that sweep.
 * <p>
 * Jobs take turns, a chunk each: a one-line file with a positive tube sent while another
 * lab's 100,000-line file is being imported waits for one chunk of it, not for all of it.
 * A job already running or waiting on this node is not queued twice.
 *
 * @param <K> the type of a job's id
 */
public final class ChunkedJobRunner<K> {

	private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/"
			+ UUID.randomUUID().toString().substring(0, 8);

	private final String what;

	private final Logger log;

	private final TransactionOperations transactions;

	private final Predicate<K> start;

	private final Predicate<K> chunk;

	private final ExecutorService executor;

	private final Set<K> active = ConcurrentHashMap.newKeySet();

	/**
	 * @param thread the worker thread's name
	 * @param what the jobs as the log names them ("Lab import")
	 * @param log the module's logger
	 * @param transactions what runs each chunk in a transaction of its own
	 * @param start takes a job for this node before its first chunk; false to leave it
	 * @param chunk one chunk, in its transaction; false once there is nothing more to do
	 */
	public ChunkedJobRunner(String thread, String what, Logger log, TransactionOperations transactions,
			Predicate<K> start, Predicate<K> chunk) {
		this.what = what;
		this.log = log;
		this.transactions = transactions;
		this.start = start;
		this.chunk = chunk;
		this.executor = Executors.newSingleThreadExecutor(runnable -> {
			Thread worker = new Thread(runnable, thread);
			worker.setDaemon(true);
			return worker;
		});
	}

	/** This node as leases name it. */
	public String node() {
		return this.node;
	}

	public void submit(K job) {
		if (this.active.add(job)) {
			queue(job, false);
		}
	}

	private void queue(K job, boolean started) {
		try {
			this.executor.execute(() -> turn(job, started));
		}
		catch (RejectedExecutionException ex) {
			// shutting down: the lease runs out and a sweep takes the job up
			this.active.remove(job);
		}
	}

	/** One chunk of the job, then to the back of the queue if there is more. */
	private void turn(K job, boolean started) {
		boolean more;
		try {
			more = (started || this.start.test(job))
					&& Boolean.TRUE.equals(this.transactions.execute(status -> this.chunk.test(job)));
		}
		catch (RuntimeException ex) {
			// the lease runs out and a sweep takes the job up again where it stopped
			this.log.warn("{} {} paused ({}); a later sweep goes on from the last chunk", this.what, job,
					ex.getClass().getSimpleName());
			more = false;
		}
		if (more) {
			queue(job, true);
		}
		else {
			this.active.remove(job);
		}
	}

	/** Stops the worker, waiting a moment for the chunk in hand. */
	public void shutdown() throws InterruptedException {
		this.executor.shutdownNow();
		this.executor.awaitTermination(5, TimeUnit.SECONDS);
	}

}
