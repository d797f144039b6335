package org.healthcode.tracing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.healthcode.checkin.CheckInRecorded;
import org.healthcode.health.HealthService;
import org.healthcode.health.HealthStatus;
import org.healthcode.health.StatusActor;
import org.healthcode.health.StatusChange;
import org.healthcode.health.StatusReason;
import org.healthcode.person.PersonId;
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
 * group of scans never holds a lock for it. Bounded: under a flood the oldest pending
 * checks are dropped with a warning (the next designation's marking, or an official,
 * catches those).
 */
@Component
class RiskAreaArrivals implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RiskAreaArrivals.class);

	private final RiskAreaRepository areas;

	private final HealthService health;

	private final RiskAreaProperties properties;

	private final TransactionTemplate transactions;

	private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(10_000), runnable -> {
				Thread thread = new Thread(runnable, "risk-area-arrivals");
				thread.setDaemon(true);
				return thread;
			}, (runnable, pool) -> log.warn("Risk-area check of a check-in dropped: queue full"));

	RiskAreaArrivals(RiskAreaRepository areas, HealthService health, RiskAreaProperties properties,
			TransactionTemplate transactions) {
		this.areas = areas;
		this.health = health;
		this.properties = properties;
		this.transactions = transactions;
	}

	@EventListener
	void on(CheckInRecorded recorded) {
		this.executor.execute(() -> {
			try {
				this.transactions.executeWithoutResult(status -> mark(recorded));
			}
			catch (RuntimeException ex) {
				log.warn("Risk-area check of a check-in failed ({})", ex.getClass().getSimpleName());
			}
		});
	}

	private void mark(CheckInRecorded recorded) {
		for (Row area : this.areas.covering(recorded.venueId(), recorded.divisionCode(), recorded.at())) {
			StatusChange change = new StatusChange(this.properties.color(area.level()), StatusReason.RISK_AREA_VISIT,
					null);
			Map<PersonId, HealthStatus> current = this.health
				.current(recorded.personIds().stream().map(PersonId::new).toList());
			List<PersonId> due = current.values()
				.stream()
				.filter(status -> status.color().ordinal() < change.color().ordinal()
						|| (status.color() == change.color() && status.reason() != StatusReason.RISK_AREA_VISIT))
				.map(HealthStatus::personId)
				.toList();
			if (due.isEmpty()) {
				continue;
			}
			for (HealthStatus set : this.health.setStatus(due, change,
					new StatusActor(area.role(), area.accountId()))) {
				this.areas.addPerson(area.id(), set.personId().value(), set.setAt());
			}
		}
	}

	/** Test hook: waits until the queued checks are done. */
	boolean idle() {
		return this.executor.getQueue().isEmpty() && this.executor.getActiveCount() == 0;
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
