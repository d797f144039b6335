package org.healthcode.testing;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.healthcode.account.AccountPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Labs (LAB) report results per tube. */
@RestController
@Tag(name = "Lab")
class LabApiController {

	private final LabResults results;

	LabApiController(LabResults results) {
		this.results = results;
	}

	/**
	 * A batch of results; the whole batch is refused (and nothing changes) when one entry
	 * is malformed.
	 */
	@PostMapping("/api/v1/lab/results")
	ReportOutcome report(@AuthenticationPrincipal AccountPrincipal me, @Valid @RequestBody ResultsRequest request) {
		if (request.results().isEmpty()) {
			throw new org.healthcode.support.HealthCodeException("RESULTS_INVALID",
					org.springframework.http.HttpStatus.BAD_REQUEST);
		}
		List<ResultLine> lines = request.results()
			.stream()
			.map(entry -> this.results.parse(entry.tubeCode(), entry.result(), entry.testedAt()))
			.toList();
		return this.results.report(lines, me);
	}

	record ResultsRequest(@NotNull @Size(max = LabResults.MAX_LINES) List<@NotNull ResultEntry> results) {
	}

	// plain strings: the service tells a bad code, result or time apart
	record ResultEntry(String tubeCode, String result, String testedAt) {
	}

}
