package org.healthcode.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.health.StatusActor;
import org.healthcode.support.HealthCodeException;
import org.healthcode.testing.ReportOutcome.Conflict;
import org.healthcode.testing.ResultRepository.ReportedTube;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Labs report a result per tube, up to {@value #MAX_LINES} at once, read and written set
 * by set. Reporting the same results again changes nothing (duplicates); a tube still
 * open, or a tube reported with another result, is a conflict, never a change.
 */
@Service
public class LabResults {

	static final int MAX_LINES = 10_000;

	private final ResultRepository results;

	private final ResultColors colors;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LabResults(ResultRepository results, ResultColors colors, ApplicationEventPublisher events, Clock clock) {
		this.results = results;
		this.colors = colors;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Checks one line as the lab sent it; a problem code ({@code TUBE_CODE_INVALID},
	 * {@code RESULT_INVALID}, {@code TESTED_AT_INVALID}) when it is bad.
	 */
	ResultLine parse(String tubeCode, String result, String testedAt) {
		if (tubeCode == null || !SamplingService.TUBE_CODE.matcher(tubeCode).matches()) {
			throw problem("TUBE_CODE_INVALID");
		}
		NatResult parsed;
		try {
			// exactly the word: "POSITIVE " with a space is not a result
			parsed = NatResult.valueOf(result == null ? "" : result);
		}
		catch (IllegalArgumentException ex) {
			throw problem("RESULT_INVALID");
		}
		Instant at;
		try {
			at = OffsetDateTime.parse(testedAt == null ? "" : testedAt).toInstant().truncatedTo(ChronoUnit.MICROS);
		}
		catch (DateTimeParseException ex) {
			throw problem("TESTED_AT_INVALID");
		}
		if (at.isAfter(this.clock.instant())) {
			throw problem("TESTED_AT_INVALID");
		}
		return new ResultLine(tubeCode, parsed, at);
	}

	@Transactional
	public ReportOutcome report(List<ResultLine> lines, AccountPrincipal lab) {
		if (lines.isEmpty() || lines.size() > MAX_LINES) {
			throw problem("RESULTS_INVALID");
		}
		Map<String, ReportedTube> tubes = this.results.tubes(lines.stream().map(ResultLine::tubeCode).toList());
		Set<String> unknown = new LinkedHashSet<>();
		Map<String, Conflict> conflicts = new LinkedHashMap<>();
		Map<String, ResultLine> fresh = new LinkedHashMap<>();
		int duplicates = 0;
		for (ResultLine line : lines) {
			ReportedTube tube = tubes.get(line.tubeCode());
			ResultLine earlier = fresh.get(line.tubeCode());
			if (tube == null) {
				unknown.add(line.tubeCode());
			}
			else if (tube.state() == TubeState.OPEN) {
				conflicts.putIfAbsent(line.tubeCode(), new Conflict(line.tubeCode(), "TUBE_OPEN"));
			}
			else if (tube.state() == TubeState.REPORTED || earlier != null) {
				NatResult known = (earlier != null) ? earlier.result() : tube.result();
				if (known == line.result()) {
					duplicates++;
				}
				else {
					conflicts.putIfAbsent(line.tubeCode(), new Conflict(line.tubeCode(), "RESULT_DIFFERS"));
				}
			}
			else {
				fresh.put(line.tubeCode(), line);
			}
		}
		// a tube reported differently within this report takes neither result
		conflicts.keySet().forEach(fresh::remove);
		List<Long> ids = new ArrayList<>();
		List<NatResult> values = new ArrayList<>();
		List<Instant> testedAt = new ArrayList<>();
		fresh.values().forEach(line -> {
			ids.add(tubes.get(line.tubeCode()).id());
			values.add(line.result());
			testedAt.add(line.testedAt());
		});
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		Set<Long> written = this.results.report(ids, values, testedAt, lab.accountId(), now);
		// tubes another request reported a moment ago count as that request's
		duplicates += ids.size() - written.size();
		Map<Long, NatResult> reported = new HashMap<>();
		for (int i = 0; i < ids.size(); i++) {
			if (written.contains(ids.get(i))) {
				reported.put(ids.get(i), values.get(i));
			}
		}
		int positives = this.colors.apply(tubes.values(), reported, StatusActor.of(lab));
		if (!reported.isEmpty()) {
			this.events.publishEvent(
					new LabResultsReported(lab.role().name(), lab.accountId(), reported.size(), positives, now));
			this.events.publishEvent(new TubesReported(List.copyOf(reported.keySet()), now));
		}
		return new ReportOutcome(reported.size(), duplicates, List.copyOf(unknown), List.copyOf(conflicts.values()));
	}

	private static HealthCodeException problem(String code) {
		return new HealthCodeException(code, HttpStatus.BAD_REQUEST);
	}

}
