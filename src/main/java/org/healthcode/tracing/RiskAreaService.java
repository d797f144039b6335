package org.healthcode.tracing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.health.StatusReason;
import org.healthcode.support.HealthCodeException;
import org.healthcode.tracing.RiskAreaRepository.Row;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Risk areas (中高风险地区): an official designates a division or venues at a level for a
 * period; a bulk marking gives everyone who checked in there in the period the level's
 * colour (reason {@code RISK_AREA_VISIT}), and {@link RiskAreaArrivals} marks those who
 * check in while it runs. Withdrawing ({@link RiskAreaWithdrawal}) reverts what it set.
 */
@Service
public class RiskAreaService {

	/** Designations an official's list shows. */
	static final int LISTED = 50;

	private final RiskAreaRepository areas;

	private final MarkingJobRepository jobs;

	private final MarkingRunner runner;

	private final RiskAreaLookups lookups;

	private final RiskAreaProperties properties;

	private final TracingProperties tracing;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RiskAreaService(RiskAreaRepository areas, MarkingJobRepository jobs, MarkingRunner runner, RiskAreaLookups lookups,
			RiskAreaProperties properties, TracingProperties tracing, TransactionTemplate transactions,
			ApplicationEventPublisher events, Clock clock) {
		this.areas = areas;
		this.jobs = jobs;
		this.runner = runner;
		this.lookups = lookups;
		this.properties = properties;
		this.tracing = tracing;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Designates a risk area and starts marking its visitors; returns at once with the
	 * marking's progress.
	 */
	public RiskArea designate(AccountPrincipal me, DesignateRiskArea request) {
		if (request.reason() == null || request.reason().isEmpty() || request.reason().length() > 200) {
			throw problem("RISK_AREA_REASON_REQUIRED", HttpStatus.BAD_REQUEST);
		}
		if (!request.to().isAfter(request.from())) {
			throw problem("RISK_AREA_PERIOD_INVALID", HttpStatus.BAD_REQUEST);
		}
		if (Duration.between(request.from(), request.to()).toDays() >= this.tracing.maxPeriodDays()) {
			throw new HealthCodeException("RISK_AREA_PERIOD_TOO_LONG", HttpStatus.BAD_REQUEST,
					this.tracing.maxPeriodDays());
		}
		boolean byDivision = request.divisionCode() != null;
		if (byDivision == !request.venueIds().isEmpty()) {
			throw problem("RISK_AREA_TARGET_REQUIRED", HttpStatus.BAD_REQUEST);
		}
		List<Long> venueIds = byDivision ? this.lookups.venuesIn(request.divisionCode())
				: this.lookups.knownVenues(request.venueIds());
		Instant now = this.clock.instant();
		List<Long> persons = this.lookups.visitors(venueIds, request.from(),
				request.to().isAfter(now) ? now : request.to());
		long id = this.transactions.execute(status -> {
			long jobId = this.jobs.insert(me.role().name(), me.accountId(), now, this.properties.color(request.level()),
					StatusReason.RISK_AREA_VISIT, persons);
			long areaId = this.areas.insert(request.level(), request.divisionCode(), byDivision ? List.of() : venueIds,
					request.from(), request.to(), request.reason(), me.role().name(), me.accountId(), now, jobId);
			// audited with the designation: it cannot commit without its entry
			this.events.publishEvent(new RiskAreaDesignated(areaId, request.level(), request.divisionCode(),
					byDivision ? List.of() : venueIds, request.from(), request.to(), persons.size(), me.role().name(),
					me.accountId(), request.reason(), now));
			return areaId;
		});
		Row row = this.areas.find(id).orElseThrow();
		this.runner.submit(row.jobId());
		return this.lookups.view(row);
	}

	/** The newest designations, with their markings' progress. */
	public List<RiskArea> list() {
		return this.areas.newest(LISTED).stream().map(this.lookups::view).toList();
	}

	/** One designation; 404 {@code RISK_AREA_NOT_FOUND}. */
	public RiskArea find(long id) {
		return this.areas.find(id).map(this.lookups::view).orElseThrow(RiskAreaService::notFound);
	}

	static HealthCodeException notFound() {
		return problem("RISK_AREA_NOT_FOUND", HttpStatus.NOT_FOUND);
	}

	static HealthCodeException problem(String code, HttpStatus status) {
		return new HealthCodeException(code, status);
	}

}
