package org.healthcode.checkin;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.healthcode.checkin.ScanRegistrar.Scan;
import org.healthcode.checkin.ScanRegistrar.ScanOutcome;
import org.healthcode.support.DatabaseFailures;
import org.healthcode.support.HealthCodeException;

import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Groups concurrent scans. A request thread queues its scan and waits; a few writer
 * threads each take whatever is waiting (up to the group size) and register it with
 * {@link ScanRegistrar} in one transaction, so PostgreSQL's cost per statement and per
 * commit is shared by the group. A lone scan is registered at once; under load groups
 * grow by themselves. A scan is answered only after its group's commit.
 * <p>
 * A watchdog looks at the writers every second: one busy with a group for longer than
 * {@code stuck-after} (a connection that never answers) is retired and replaced, so
 * check-ins go on without a restart; {@link CheckInWritersHealthIndicator} reports it.
 */
@Component
class CheckInBatcher implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(CheckInBatcher.class);

	private final ScanRegistrar registrar;

	private final CheckInProperties.Batch settings;

	private final BlockingQueue<Waiting> queue;

	private final List<CheckInWriter> writers = new CopyOnWriteArrayList<>();

	private final AtomicInteger names = new AtomicInteger();

	private final WriterHealth health = new WriterHealth();

	private ScheduledExecutorService watchdog;

	private volatile boolean running;

	CheckInBatcher(ScanRegistrar registrar, CheckInProperties properties) {
		this.registrar = registrar;
		this.settings = properties.batch();
		this.queue = new ArrayBlockingQueue<>(this.settings.queueCapacity());
	}

	/**
	 * Registers a scan with the next group and waits for that group's commit.
	 * @throws HealthCodeException the scan's refusal, 503 {@code CHECKIN_BUSY} when the
	 * queue is full or the commit does not come in time, 503 {@code DATABASE_UNAVAILABLE}
	 * when the group failed because the database is away
	 */
	RegisteredScan register(Scan scan) {
		Waiting waiting = new Waiting(scan, new CompletableFuture<>());
		if (!this.running || !this.queue.offer(waiting)) {
			throw busy();
		}
		try {
			ScanOutcome outcome = waiting.outcome().get(this.settings.maxWait().toMillis(), TimeUnit.MILLISECONDS);
			if (outcome.refusal() != null) {
				throw outcome.refusal();
			}
			return outcome.registered();
		}
		catch (ExecutionException ex) {
			if (DatabaseFailures.isUnavailable(ex.getCause())) {
				throw DatabaseFailures.unavailable();
			}
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException("Registering a group of scans failed", ex.getCause());
		}
		catch (TimeoutException ex) {
			throw busy();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw busy();
		}
	}

	WriterHealth health() {
		return this.health;
	}

	private void write(CheckInWriter me) {
		List<Waiting> group = new ArrayList<>(this.settings.maxSize());
		while (!me.retired() && (this.running || !this.queue.isEmpty())) {
			try {
				Waiting first = this.queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				group.add(first);
				this.queue.drainTo(group, this.settings.maxSize() - 1);
				me.begin();
				registerGroup(group, me);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			finally {
				me.end();
				group.clear();
			}
		}
		this.writers.remove(me);
	}

	private void registerGroup(List<Waiting> group, CheckInWriter me) {
		try {
			List<ScanOutcome> outcomes = this.registrar.register(group.stream().map(Waiting::scan).toList(), me);
			for (int i = 0; i < group.size(); i++) {
				group.get(i).outcome().complete(outcomes.get(i));
			}
			this.health.committed();
		}
		catch (RuntimeException ex) {
			// nothing of the group was committed: every scan in it fails alike
			if (DatabaseFailures.isUnavailable(ex)) {
				this.health.databaseFailed();
				logger.warn("A group of " + group.size() + " scans failed: database unavailable ("
						+ ex.getClass().getSimpleName() + ")");
			}
			else {
				logger.error("A group of " + group.size() + " scans could not be registered", ex);
			}
			group.forEach(waiting -> waiting.outcome().completeExceptionally(ex));
		}
	}

	/** Retires every writer stuck longer than allowed and starts one in its place. */
	void replaceStuckWriters() {
		long limit = this.settings.stuckAfter().toNanos();
		for (CheckInWriter writer : this.writers) {
			if (!writer.retired() && writer.busyNanos() > limit) {
				logger.error("Check-in writer " + writer.name() + " has been stuck in one group for more than "
						+ this.settings.stuckAfter().toSeconds() + " s (database connection not answering); "
						+ "aborting its connection and starting a replacement");
				this.health.writerStuck();
				writer.retire();
				this.writers.remove(writer);
				if (this.running) {
					startWriter();
				}
			}
		}
	}

	private static HealthCodeException busy() {
		return new HealthCodeException("CHECKIN_BUSY", HttpStatus.SERVICE_UNAVAILABLE)
			.retryAfter(java.time.Duration.ofSeconds(2));
	}

	private void startWriter() {
		CheckInWriter writer = new CheckInWriter("checkin-writer-" + this.names.incrementAndGet(), this::write);
		this.writers.add(writer);
		writer.start();
	}

	@Override
	public void start() {
		this.running = true;
		for (int i = 1; i <= this.settings.writers(); i++) {
			startWriter();
		}
		this.watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "checkin-watchdog");
			thread.setDaemon(true);
			return thread;
		});
		this.watchdog.scheduleWithFixedDelay(this::replaceStuckWriters, 1, 1, TimeUnit.SECONDS);
	}

	/**
	 * Stops taking scans, registers the ones already queued, then lets the writers end.
	 */
	@Override
	public void stop() {
		this.running = false;
		for (CheckInWriter writer : List.copyOf(this.writers)) {
			try {
				writer.join(this.settings.maxWait().toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		this.watchdog.shutdownNow();
		this.writers.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Early to start, late to stop: the web server stops taking requests and finishes
	 * those in flight while the writers still run, and the data source closes only after
	 * the queue has been written.
	 */
	@Override
	public int getPhase() {
		return 0;
	}

	private record Waiting(Scan scan, CompletableFuture<ScanOutcome> outcome) {
	}

}
