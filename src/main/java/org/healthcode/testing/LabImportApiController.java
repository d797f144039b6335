package org.healthcode.testing;

import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.support.HealthCodeException;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Labs import a CSV file of results and follow its progress. */
@RestController
@Tag(name = "Lab")
class LabImportApiController {

	private final LabImports imports;

	private final ImportJobRepository jobs;

	LabImportApiController(LabImports imports, ImportJobRepository jobs) {
		this.imports = imports;
		this.jobs = jobs;
	}

	/** The file as the body ({@code text/csv}), at most 60 MB. */
	@PostMapping(path = "/api/v1/lab/results/import", consumes = { "text/csv", "application/octet-stream" })
	@ResponseStatus(HttpStatus.ACCEPTED)
	Map<String, UUID> start(@AuthenticationPrincipal AccountPrincipal me, @RequestBody byte[] file) {
		return Map.of("jobId", this.imports.start(me, file));
	}

	/** Only the lab that imported the file sees its job. */
	@GetMapping("/api/v1/lab/imports/{jobId}")
	ImportJob job(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String jobId) {
		UUID id;
		try {
			id = UUID.fromString(jobId);
		}
		catch (IllegalArgumentException ex) {
			throw notFound();
		}
		return this.jobs.find(id, me.accountId()).orElseThrow(LabImportApiController::notFound);
	}

	private static HealthCodeException notFound() {
		return new HealthCodeException("IMPORT_NOT_FOUND", HttpStatus.NOT_FOUND);
	}

}
