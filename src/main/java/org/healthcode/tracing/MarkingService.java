package org.healthcode.tracing;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.health.Color;
import org.healthcode.health.StatusReason;
import org.healthcode.person.PersonId;
import org.healthcode.person.PersonService;
import org.healthcode.support.HealthCodeException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk marking of contacts: an official selects persons from a result and gives them all
 * YELLOW or RED for a tracing reason; the health rules give the durations. Idempotent per
 * person: someone who already has that colour for that reason, or a more severe colour,
 * is left unchanged, so marking twice writes no second history row. Large selections are
 * processed in chunks with visible progress.
 */
@Service
public class MarkingService {

	static final Set<Color> COLORS = EnumSet.of(Color.YELLOW, Color.RED);

	static final Set<StatusReason> REASONS = EnumSet.of(StatusReason.CLOSE_CONTACT, StatusReason.SECONDARY_CONTACT,
			StatusReason.SPATIOTEMPORAL_COMPANION, StatusReason.RISK_AREA_VISIT);

	private final MarkingJobRepository jobs;

	private final MarkingRunner runner;

	private final PersonService persons;

	private final TracingProperties properties;

	private final TransactionTemplate transactions;

	private final java.time.Clock clock;

	MarkingService(MarkingJobRepository jobs, MarkingRunner runner, PersonService persons, TracingProperties properties,
			TransactionTemplate transactions, java.time.Clock clock) {
		this.jobs = jobs;
		this.runner = runner;
		this.persons = persons;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Starts a marking of these persons (internal ids from a tracing result); returns it
	 * at once.
	 */
	public MarkingJob start(AccountPrincipal me, Collection<Long> personIds, Color color, StatusReason reason) {
		if (!COLORS.contains(color) || !REASONS.contains(reason)) {
			throw new HealthCodeException("TRACING_MARK_INVALID", HttpStatus.BAD_REQUEST);
		}
		List<Long> selected = personIds.stream().distinct().toList();
		if (selected.isEmpty() || selected.size() > this.properties.maxMarkingPersons()) {
			throw new HealthCodeException("TRACING_MARK_SELECTION", HttpStatus.BAD_REQUEST,
					this.properties.maxMarkingPersons());
		}
		int known = 0;
		for (List<PersonId> slice : TracingLookups.slices(selected.stream().map(PersonId::new).toList())) {
			known += this.persons.profiles(slice).size();
		}
		if (known != selected.size()) {
			throw new HealthCodeException("PERSON_NOT_FOUND", HttpStatus.NOT_FOUND);
		}
		Long id = this.transactions.execute(status -> this.jobs.insert(me.role().name(), me.accountId(),
				this.clock.instant(), color, reason, selected));
		this.runner.submit(id);
		return job(me, id);
	}

	/** A marking the official started; others' answer 404. */
	public MarkingJob job(AccountPrincipal me, long id) {
		return this.jobs.find(id)
			.filter(row -> row.accountId() == me.accountId() && row.role().equals(me.role().name()))
			.map(MarkingJobRepository.Row::job)
			.orElseThrow(() -> new HealthCodeException("TRACING_JOB_NOT_FOUND", HttpStatus.NOT_FOUND));
	}

}
