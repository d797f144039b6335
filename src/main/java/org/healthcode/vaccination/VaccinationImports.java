package org.healthcode.vaccination;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.healthcode.account.AccountPrincipal;
import org.healthcode.identity.PiiCipher;
import org.healthcode.identity.PiiField;
import org.healthcode.support.HealthCodeException;
import org.healthcode.vaccination.VaccinationImportRepository.Job;
import org.healthcode.vaccination.VaccinationImportRepository.LineError;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * CSV imports of vaccination records ({@code idNumber,name,dose,product,vaccinatedOn},
 * UTF-8 with or without BOM, an optional header line). The file is read as a stream and
 * its lines stored encrypted in the job, in one transaction: a file that is not UTF-8
 * (GBK, say) or not CSV is refused with 400 and leaves no job; one over the size limit is
 * refused with 413 before it is read. The {@link VaccinationImportRunner} then works the
 * lines in chunks; a bad line becomes an error with its line number, never a failure of
 * the file, and a file imported twice finds every dose known the second time.
 */
@Component
class VaccinationImports {

	/**
	 * Errors a status answer lists (the first ones by line); the rest are only counted.
	 */
	static final int ERRORS_SHOWN = 1000;

	static final char SEPARATOR = '\u001F';

	private static final int BATCH = 1000;

	private static final String HEADER = "idNumber";

	private final VaccinationImportRepository imports;

	private final VaccinationImportRunner runner;

	private final PiiCipher cipher;

	private final TransactionTemplate transactions;

	private final Clock clock;

	VaccinationImports(VaccinationImportRepository imports, VaccinationImportRunner runner, PiiCipher cipher,
			TransactionTemplate transactions, Clock clock) {
		this.imports = imports;
		this.runner = runner;
		this.cipher = cipher;
		this.transactions = transactions;
		this.clock = clock;
	}

	long start(InputStream body, AccountPrincipal staff) {
		Long id = this.transactions.execute(status -> store(body, staff));
		this.runner.submit(id);
		return id;
	}

	ImportStatus status(long importId, AccountPrincipal staff) {
		Job job = this.imports.find(importId)
			.filter(found -> found.accountId() == staff.accountId())
			.orElseThrow(() -> new HealthCodeException("IMPORT_NOT_FOUND", HttpStatus.NOT_FOUND));
		List<LineError> errors = this.imports.errors(importId, ERRORS_SHOWN);
		return new ImportStatus(job.id(), job.state(), job.total(), job.processed(), job.accepted(), job.duplicates(),
				errors.stream().map(e -> new ImportStatus.Error(e.line(), e.code())).toList());
	}

	private long store(InputStream body, AccountPrincipal staff) {
		long id = this.imports.create(staff.accountId(), this.clock.instant());
		int total = 0;
		List<Integer> lines = new ArrayList<>(BATCH);
		List<byte[]> ciphers = new ArrayList<>(BATCH);
		try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(utf8(body))) {
			for (CSVRecord record : parser) {
				// record numbers are line numbers: empty lines are records too (skipped
				// here)
				boolean empty = record.size() == 1 && record.get(0).isBlank();
				if (empty || (record.getRecordNumber() == 1 && HEADER.equalsIgnoreCase(record.get(0).strip()))) {
					continue;
				}
				lines.add((int) record.getRecordNumber());
				ciphers.add(this.cipher.encrypt(PiiField.IMPORT_LINE, String.join(String.valueOf(SEPARATOR), record)));
				total++;
				if (lines.size() == BATCH) {
					flush(id, lines, ciphers);
				}
			}
			flush(id, lines, ciphers);
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw refusal(ex);
		}
		this.imports.setTotal(id, total);
		return id;
	}

	private void flush(long id, List<Integer> lines, List<byte[]> ciphers) {
		if (!lines.isEmpty()) {
			this.imports.addLines(id, lines.stream().mapToInt(Integer::intValue).toArray(),
					ciphers.toArray(byte[][]::new));
			lines.clear();
			ciphers.clear();
		}
	}

	/**
	 * Not UTF-8 → 400; over the size limit → rethrown for the 413 the web layer gives.
	 */
	private static RuntimeException refusal(Exception ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof CharacterCodingException) {
				return new HealthCodeException("IMPORT_ENCODING_INVALID", HttpStatus.BAD_REQUEST);
			}
		}
		if (ex instanceof IllegalStateException) {
			return new HealthCodeException("IMPORT_CSV_INVALID", HttpStatus.BAD_REQUEST);
		}
		return ex instanceof UncheckedIOException unchecked ? unchecked : new UncheckedIOException((IOException) ex);
	}

	/** A strict UTF-8 reader of the body, its byte-order mark skipped. */
	private static Reader utf8(InputStream body) throws IOException {
		PushbackReader reader = new PushbackReader(new InputStreamReader(body,
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)),
				1);
		int first = reader.read();
		if (first != -1 && first != '\uFEFF') {
			reader.unread(first);
		}
		return reader;
	}

	/** An import as its vaccinator follows it. */
	record ImportStatus(long jobId, String state, int total, int processed, int accepted, int duplicates,
			List<Error> errors) {

		record Error(int line, String code) {
		}

	}

}
