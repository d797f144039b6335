package org.healthcode.testing;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.support.HealthCodeException;
import org.healthcode.testing.ImportJob.LineError;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes a lab's CSV file ({@code tubeCode,result,testedAt}, UTF-8 with or without BOM, an
 * optional header line): checks every line, keeps the good ones for the background runner
 * and reports the bad ones with their line number, never failing the file for them. A
 * file that is not UTF-8 (GBK) or is too large is refused whole.
 */
@Service
public class LabImports {

	static final long MAX_BYTES = 60L * 1024 * 1024;

	private static final int INSERT_BATCH = 10_000;

	private final LabResults results;

	private final ImportJobRepository jobs;

	private final ImportRunner runner;

	private final TransactionTemplate transactions;

	private final Clock clock;

	LabImports(LabResults results, ImportJobRepository jobs, ImportRunner runner, TransactionTemplate transactions,
			Clock clock) {
		this.results = results;
		this.jobs = jobs;
		this.runner = runner;
		this.transactions = transactions;
		this.clock = clock;
	}

	public UUID start(AccountPrincipal lab, byte[] file) {
		if (file.length > MAX_BYTES) {
			throw new HealthCodeException("IMPORT_TOO_LARGE", HttpStatus.CONTENT_TOO_LARGE);
		}
		String text = decode(file);
		List<Long> numbers = new ArrayList<>();
		List<ResultLine> good = new ArrayList<>();
		List<LineError> errors = new ArrayList<>();
		try (CSVParser parser = CSVFormat.DEFAULT.builder()
			.setIgnoreEmptyLines(false)
			.get()
			.parse(new StringReader(text))) {
			for (CSVRecord record : parser) {
				// blank lines are kept as records, so a record's number is its line
				long line = record.getRecordNumber();
				if (record.getRecordNumber() == 1 && record.size() > 0
						&& record.get(0).toLowerCase(Locale.ROOT).equals("tubecode")) {
					continue;
				}
				if (record.size() == 1 && record.get(0).isEmpty()) {
					continue;
				}
				if (record.size() != 3) {
					errors.add(new LineError(line, "LINE_INVALID"));
					continue;
				}
				try {
					good.add(this.results.parse(record.get(0), record.get(1), record.get(2)));
					numbers.add(line);
				}
				catch (HealthCodeException ex) {
					errors.add(new LineError(line, ex.code()));
				}
			}
		}
		catch (IOException | java.io.UncheckedIOException | IllegalStateException ex) {
			// an unclosed quote: the rest of the file cannot be read as lines
			throw new HealthCodeException("CSV_INVALID", HttpStatus.BAD_REQUEST);
		}
		UUID id = UUID.randomUUID();
		this.transactions.executeWithoutResult(status -> {
			this.jobs.create(id, lab.accountId(), good.size() + errors.size(), errors, this.clock.instant());
			for (int from = 0; from < good.size(); from += INSERT_BATCH) {
				int to = Math.min(good.size(), from + INSERT_BATCH);
				this.jobs.addLines(id, numbers.subList(from, to), good.subList(from, to));
			}
		});
		this.runner.submit(id);
		return id;
	}

	private static String decode(byte[] file) {
		int start = (file.length >= 3 && (file[0] & 0xff) == 0xEF && (file[1] & 0xff) == 0xBB
				&& (file[2] & 0xff) == 0xBF) ? 3 : 0;
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file, start, file.length - start))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new HealthCodeException("CSV_ENCODING_INVALID", HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		}
	}

}
