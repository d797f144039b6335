package org.healthcode.vaccination;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.healthcode.account.AccountPrincipal;
import org.healthcode.account.Role;
import org.healthcode.identity.PiiCipher;
import org.healthcode.identity.PiiField;
import org.healthcode.support.ChunkedJobRunner;
import org.healthcode.vaccination.RecordOutcome.Rejected;
import org.healthcode.vaccination.VaccinationImportRepository.Job;
import org.healthcode.vaccination.VaccinationImportRepository.Line;
import org.healthcode.vaccination.VaccinationImportRepository.LineError;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works through vaccination imports chunk by chunk (on a {@link ChunkedJobRunner}), each
 * chunk in its own transaction: renew the job's lease, take the next lines, record them,
 * store the errors and counts, delete the lines. A new import starts at once on the node
 * that took it; a node that dies stops renewing its lease, and once it has run out the
 * scheduled sweep of any node goes on from the last committed chunk. A failure (the
 * database away) leaves the job to that sweep.
 */
@Component
class VaccinationImportRunner implements DisposableBean {

	static final int CHUNK = 2000;

	private static final Duration LEASE = Duration.ofMinutes(2);

	private final VaccinationImportRepository imports;

	private final VaccinationService vaccinations;

	private final PiiCipher cipher;

	private final Clock clock;

	private final ChunkedJobRunner<Long> runner;

	VaccinationImportRunner(VaccinationImportRepository imports, VaccinationService vaccinations, PiiCipher cipher,
			TransactionTemplate transactions, Clock clock) {
		this.imports = imports;
		this.vaccinations = vaccinations;
		this.cipher = cipher;
		this.clock = clock;
		// the lease is claimed (and renewed) by every chunk
		this.runner = new ChunkedJobRunner<>("vaccination-import", "Vaccination import",
				LoggerFactory.getLogger(VaccinationImportRunner.class), transactions, importId -> true, this::chunk);
	}

	void submit(long importId) {
		this.runner.submit(importId);
	}

	@Scheduled(fixedDelayString = "${healthcode.vaccination.import-resume-interval:30s}",
			initialDelayString = "${healthcode.vaccination.import-resume-interval:30s}")
	@SchedulerLock(name = "vaccination-import-sweep", lockAtMostFor = "PT1M")
	public void sweep() {
		this.imports.unclaimed(this.clock.instant()).forEach(this::submit);
	}

	/** One chunk; false when the job is done or another node holds it. */
	private boolean chunk(long importId) {
		Instant now = this.clock.instant();
		if (!this.imports.claim(importId, this.runner.node(), now, now.plus(LEASE))) {
			return false;
		}
		Job job = this.imports.find(importId).orElseThrow();
		List<Line> lines = this.imports.nextLines(importId, CHUNK);
		if (lines.isEmpty()) {
			this.imports.finish(importId, now);
			return false;
		}
		List<LineError> errors = new ArrayList<>();
		List<VaccinationRecord> records = new ArrayList<>(lines.size());
		List<Integer> recordLines = new ArrayList<>(lines.size());
		for (Line line : lines) {
			String[] fields = this.cipher.decrypt(PiiField.IMPORT_LINE, line.cipher())
				.split(String.valueOf(VaccinationImports.SEPARATOR), -1);
			if (fields.length != 5) {
				errors.add(new LineError(line.line(), "LINE_MALFORMED"));
				continue;
			}
			records.add(record(fields));
			recordLines.add(line.line());
		}
		AccountPrincipal staff = new AccountPrincipal(Role.VACCINATOR, job.accountId(), "import");
		RecordOutcome outcome = this.vaccinations.recordEach(records, staff);
		for (Rejected rejected : outcome.rejected()) {
			errors.add(new LineError(recordLines.get(rejected.index()), rejected.code()));
		}
		this.imports.settle(importId, lines, errors, outcome.accepted(), outcome.duplicates());
		return true;
	}

	/** A record of the line's fields; a dose or day that does not parse is left empty. */
	private static VaccinationRecord record(String[] fields) {
		Integer dose;
		try {
			dose = Integer.valueOf(fields[2].strip());
		}
		catch (NumberFormatException ex) {
			dose = null;
		}
		LocalDate on;
		try {
			on = LocalDate.parse(fields[4].strip());
		}
		catch (DateTimeParseException ex) {
			on = null;
		}
		return new VaccinationRecord(fields[0], fields[1], dose, fields[3], on);
	}

	@Override
	public void destroy() throws InterruptedException {
		this.runner.shutdown();
		try {
			this.imports.releaseAll(this.runner.node());
		}
		catch (RuntimeException ex) {
			// the database is away: the leases run out by themselves
		}
	}

}
