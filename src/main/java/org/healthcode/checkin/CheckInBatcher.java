package org.healthcode.checkin;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.healthcode.checkin.ScanRegistrar.RegisteredScan;
import org.healthcode.checkin.ScanRegistrar.Scan;
import org.healthcode.checkin.ScanRegistrar.ScanOutcome;
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
 */
@Component
class CheckInBatcher implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(CheckInBatcher.class);

	private final ScanRegistrar registrar;

	private final CheckInProperties.Batch settings;

	private final BlockingQueue<Waiting> queue;

	private final List<Thread> writers = new ArrayList<>();

	private volatile boolean running;

	CheckInBatcher(ScanRegistrar registrar, CheckInProperties properties) {
		this.registrar = registrar;
		this.settings = properties.batch();
		this.queue = new ArrayBlockingQueue<>(this.settings.queueCapacity());
	}

	/**
	 * Registers a scan with the next group and waits for that group's commit.
	 * @throws HealthCodeException the scan's refusal, or 503 {@code CHECKIN_BUSY} when
	 * the queue is full or the commit does not come in time
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

	private void write() {
		List<Waiting> group = new ArrayList<>(this.settings.maxSize());
		while (this.running || !this.queue.isEmpty()) {
			try {
				Waiting first = this.queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				group.add(first);
				this.queue.drainTo(group, this.settings.maxSize() - 1);
				registerGroup(group);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			finally {
				group.clear();
			}
		}
	}

	private void registerGroup(List<Waiting> group) {
		try {
			List<ScanOutcome> outcomes = this.registrar.register(group.stream().map(Waiting::scan).toList());
			for (int i = 0; i < group.size(); i++) {
				group.get(i).outcome().complete(outcomes.get(i));
			}
		}
		catch (RuntimeException ex) {
			// nothing of the group was committed: every scan in it fails alike
			logger.error("A group of " + group.size() + " scans could not be registered", ex);
			group.forEach(waiting -> waiting.outcome().completeExceptionally(ex));
		}
	}

	private static HealthCodeException busy() {
		return new HealthCodeException("CHECKIN_BUSY", HttpStatus.SERVICE_UNAVAILABLE);
	}

	@Override
	public void start() {
		this.running = true;
		for (int i = 1; i <= this.settings.writers(); i++) {
			Thread writer = new Thread(this::write, "checkin-writer-" + i);
			writer.setDaemon(true);
			writer.start();
			this.writers.add(writer);
		}
	}

	/**
	 * Stops taking scans, registers the ones already queued, then lets the writers end.
	 */
	@Override
	public void stop() {
		this.running = false;
		for (Thread writer : this.writers) {
			try {
				writer.join(this.settings.maxWait().toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		this.writers.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Early to start, late to stop: the web server stops taking requests and finishes
	 * those in flight while the writers still run.
	 */
	@Override
	public int getPhase() {
		return 0;
	}

	private record Waiting(Scan scan, CompletableFuture<ScanOutcome> outcome) {
	}

}
