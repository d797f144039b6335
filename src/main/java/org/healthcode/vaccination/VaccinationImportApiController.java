package org.healthcode.vaccination;

import java.io.IOException;
import java.util.Map;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.healthcode.account.AccountPrincipal;
import org.healthcode.vaccination.VaccinationImports.ImportStatus;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * CSV imports for vaccination points: the file is the request body (e.g.
 * {@code Content-Type: text/csv}); 202 with the job id, then its progress.
 */
@RestController
@Tag(name = "Vaccination")
class VaccinationImportApiController {

	private final VaccinationImports imports;

	VaccinationImportApiController(VaccinationImports imports) {
		this.imports = imports;
	}

	@PostMapping("/api/v1/vaccinations/import")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Map<String, Long> start(@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request)
			throws IOException {
		return Map.of("jobId", this.imports.start(request.getInputStream(), me));
	}

	/** 404 {@code IMPORT_NOT_FOUND} for an import of another account. */
	@GetMapping("/api/v1/vaccinations/imports/{jobId}")
	ImportStatus status(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long jobId) {
		return this.imports.status(jobId, me);
	}

}
