package org.healthcode.testing;

import java.util.Map;
import java.util.UUID;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.support.HealthCodeException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The lab's import page: choose a CSV file, watch the progress bar, read the final
 * report. The page's script posts the file and polls the job with the session.
 */
@Controller
class LabImportPageController {

	private final LabImports imports;

	private final ImportJobRepository jobs;

	LabImportPageController(LabImports imports, ImportJobRepository jobs) {
		this.imports = imports;
		this.jobs = jobs;
	}

	@GetMapping("/lab/imports")
	String page() {
		return "testing/lab-import";
	}

	// the path ends in /results/import, so the body may be as large as an import file
	@PostMapping(path = "/lab/results/import", consumes = { "text/csv", MediaType.APPLICATION_OCTET_STREAM_VALUE },
			produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, UUID> start(@AuthenticationPrincipal AccountPrincipal me, @RequestBody byte[] file) {
		return Map.of("jobId", this.imports.start(me, file));
	}

	@GetMapping(path = "/lab/imports/{jobId}/data", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ImportJob job(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String jobId) {
		try {
			return this.jobs.find(UUID.fromString(jobId), me.accountId())
				.orElseThrow(LabImportPageController::notFound);
		}
		catch (IllegalArgumentException ex) {
			throw notFound();
		}
	}

	private static HealthCodeException notFound() {
		return new HealthCodeException("IMPORT_NOT_FOUND", HttpStatus.NOT_FOUND);
	}

}
