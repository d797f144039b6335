package org.healthcode.tracing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.health.Color;
import org.healthcode.health.HealthService;
import org.healthcode.health.HealthStatus;
import org.healthcode.health.StatusActor;
import org.healthcode.health.StatusChange;
import org.healthcode.health.StatusReason;
import org.healthcode.person.PersonId;
import org.healthcode.support.HealthCodeException;
import org.healthcode.tracing.MarkingJobRepository.MarkedPerson;
import org.healthcode.tracing.RiskAreaRepository.Row;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Withdraws a designation (the circuit breaker for a wrong one): it stops marking at
 * once, then every status it set that nobody changed since (only its rule carried it
 * forward) is reverted — to the status the person had before when that still holds, else
 * to the default colour with reason {@code RISK_AREA_WITHDRAWN}. Each revert is a status
 * change like any other: history, audit and a notice. A status someone changed since is
 * kept.
 */
@Service
public class RiskAreaWithdrawal {

	private final RiskAreaRepository areas;

	private final MarkingJobRepository jobs;

	private final HealthService health;

	private final RiskAreaLookups lookups;

	private final TracingProperties properties;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RiskAreaWithdrawal(RiskAreaRepository areas, MarkingJobRepository jobs, HealthService health,
			RiskAreaLookups lookups, TracingProperties properties, TransactionTemplate transactions,
			ApplicationEventPublisher events, Clock clock) {
		this.areas = areas;
		this.jobs = jobs;
		this.health = health;
		this.lookups = lookups;
		this.properties = properties;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * 404 {@code RISK_AREA_NOT_FOUND}; 409 {@code RISK_AREA_ALREADY_WITHDRAWN} when
	 * withdrawn already, {@code RISK_AREA_MARKING_RUNNING} while its marking still runs.
	 */
	public RiskArea withdraw(AccountPrincipal me, long id, String note) {
		Instant withdrawnAt = this.clock.instant();
		Row row = this.transactions.execute(status -> {
			Row locked = this.areas.lock(id).orElseThrow(RiskAreaService::notFound);
			if (!locked.state().equals("ACTIVE")) {
				throw new HealthCodeException("RISK_AREA_ALREADY_WITHDRAWN", HttpStatus.CONFLICT);
			}
			MarkingJob job = this.jobs.find(locked.jobId()).orElseThrow().job();
			if ("RUNNING".equals(job.status())) {
				throw new HealthCodeException("RISK_AREA_MARKING_RUNNING", HttpStatus.CONFLICT);
			}
			this.areas.withdraw(id, me.accountId(), note, withdrawnAt, 0);
			// audited with the decision, whatever the reverts that follow come to
			this.events.publishEvent(
					new RiskAreaWithdrawn(id, locked.level(), me.role().name(), me.accountId(), note, withdrawnAt));
			return locked;
		});
		List<MarkedPerson> marked = new ArrayList<>(this.jobs.changed(row.jobId()));
		marked.addAll(this.areas.livePersons(id));
		StatusActor actor = StatusActor.of(me);
		int reverted = 0;
		int chunk = this.properties.markingChunkSize();
		for (int from = 0; from < marked.size(); from += chunk) {
			List<MarkedPerson> slice = marked.subList(from, Math.min(marked.size(), from + chunk));
			reverted += this.transactions.execute(status -> {
				int n = 0;
				for (MarkedPerson person : slice) {
					n += revert(person, actor) ? 1 : 0;
				}
				return n;
			});
		}
		int total = reverted;
		this.transactions.execute(status -> {
			this.areas.withdraw(id, me.accountId(), note, withdrawnAt, total);
			return null;
		});
		return this.lookups.view(this.areas.find(id).orElseThrow());
	}

	/** Reverts one person's status if it is still the designation's; true if it did. */
	private boolean revert(MarkedPerson person, StatusActor actor) {
		List<HealthStatus> history = this.health.history(new PersonId(person.personId()));
		int set = -1;
		for (int i = 0; i < history.size(); i++) {
			HealthStatus status = history.get(i);
			if (status.reason() == StatusReason.RISK_AREA_VISIT && person.setAt().equals(status.setAt())) {
				set = i;
				break;
			}
		}
		if (set < 0) {
			return false;
		}
		// newer rows (the history is newest first) may only be the rule's own follow-ups
		for (int i = set - 1; i >= 0; i--) {
			HealthStatus newer = history.get(i);
			if (newer.reason() != StatusReason.RISK_AREA_VISIT
					|| !newer.setAt().equals(history.get(i + 1).expiresAt())) {
				return false;
			}
		}
		HealthStatus before = set + 1 < history.size() ? history.get(set + 1) : null;
		Instant now = this.clock.instant();
		boolean beforeHolds = before != null && before.color() != this.health.defaultColor()
				&& (before.expiresAt() == null || now.isBefore(before.expiresAt()));
		StatusChange change = beforeHolds ? new StatusChange(before.color(), before.reason(), null)
				: new StatusChange(this.health.defaultColor(), StatusReason.RISK_AREA_WITHDRAWN, null);
		this.health.setStatus(new PersonId(person.personId()), change, actor);
		return true;
	}

}
