package org.healthcode.tracing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.healthcode.checkin.CheckInRecorded;
import org.healthcode.health.HealthService;
import org.healthcode.health.HealthStatus;
import org.healthcode.health.StatusActor;
import org.healthcode.health.StatusChange;
import org.healthcode.health.StatusReason;
import org.healthcode.person.PersonId;
import org.healthcode.tracing.RiskAreaRepository.Covering;
import org.healthcode.tracing.RiskAreaRepository.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Marks people who check in at a risk area while its period runs, as they come: hears
 * committed check-ins and works on its own thread, so a scan never waits for it and its
 * group of scans never holds a lock for it. Arrivals that wait together are checked
 * together, in one statement and one transaction. Bounded: under a flood the newest
 * arrivals are dropped with a warning (the next designation's marking, or an official,
 * catches those).
 */
@Component
class RiskAreaArrivals implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RiskAreaArrivals.class);

	private static final int BATCH = 500;

	private final RiskAreaRepository areas;

	private final HealthService health;

	private final RiskAreaProperties properties;

	private final TransactionTemplate transactions;

	private final BlockingQueue<CheckInRecorded> pending = new ArrayBlockingQueue<>(10_000);

	/** A drain is queued or running: arrivals need not queue another. */
	private final AtomicBoolean draining = new AtomicBoolean();

	private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "risk-area-arrivals");
		thread.setDaemon(true);
		return thread;
	});

	RiskAreaArrivals(RiskAreaRepository areas, HealthService health, RiskAreaProperties properties,
			TransactionTemplate transactions) {
		this.areas = areas;
		this.health = health;
		this.properties = properties;
		this.transactions = transactions;
	}

	@EventListener
	void on(CheckInRecorded recorded) {
		if (!this.pending.offer(recorded)) {
			log.warn("Risk-area check of a check-in dropped: queue full");
			return;
		}
		if (this.draining.compareAndSet(false, true)) {
			this.executor.execute(this::drain);
		}
	}

	private void drain() {
		do {
			List<CheckInRecorded> batch = new ArrayList<>();
			while (this.pending.drainTo(batch, BATCH) > 0) {
				check(batch);
				batch.clear();
			}
			this.draining.set(false);
			// an arrival that came after the last look but before the flag was cleared
		}
		while (!this.pending.isEmpty() && this.draining.compareAndSet(false, true));
	}

	private void check(List<CheckInRecorded> batch) {
		try {
			this.transactions.executeWithoutResult(status -> mark(batch));
		}
		catch (RuntimeException ex) {
			log.warn("Risk-area check of {} check-ins failed ({})", batch.size(), ex.getClass().getSimpleName());
		}
	}

	private void mark(List<CheckInRecorded> batch) {
		Map<Long, Row> areasById = new LinkedHashMap<>();
		Map<Long, Set<PersonId>> arrivedById = new LinkedHashMap<>();
		for (Covering covering : this.areas.covering(batch.stream().map(CheckInRecorded::venueId).toList(),
				batch.stream().map(CheckInRecorded::divisionCode).toList(),
				batch.stream().map(CheckInRecorded::at).toList())) {
			areasById.putIfAbsent(covering.area().id(), covering.area());
			batch.get(covering.arrival())
				.personIds()
				.forEach(id -> arrivedById.computeIfAbsent(covering.area().id(), key -> new LinkedHashSet<>())
					.add(new PersonId(id)));
		}
		areasById.forEach((id, area) -> mark(area, arrivedById.get(id)));
	}

	private void mark(Row area, Set<PersonId> arrived) {
		StatusChange change = new StatusChange(this.properties.color(area.level()), StatusReason.RISK_AREA_VISIT, null);
		List<PersonId> due = this.health.current(arrived)
			.values()
			.stream()
			.filter(status -> status.color().ordinal() < change.color().ordinal()
					|| (status.color() == change.color() && status.reason() != StatusReason.RISK_AREA_VISIT))
			.map(HealthStatus::personId)
			.toList();
		if (due.isEmpty()) {
			return;
		}
		for (HealthStatus set : this.health.setStatus(due, change, new StatusActor(area.role(), area.accountId()))) {
			this.areas.addPerson(area.id(), set.personId().value(), set.setAt());
		}
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
