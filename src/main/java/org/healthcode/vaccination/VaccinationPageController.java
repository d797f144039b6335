package org.healthcode.vaccination;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.healthcode.account.AccountPrincipal;
import org.healthcode.vaccination.VaccinationImports.ImportStatus;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The vaccination point's page (role VACCINATOR by the security chain): upload a CSV,
 * follow its progress, read the report. The page's script talks to the session-backed
 * twins of the import API below (CSRF-protected like every page form).
 */
@Controller
class VaccinationPageController {

	private final VaccinationImports imports;

	VaccinationPageController(VaccinationImports imports) {
		this.imports = imports;
	}

	@GetMapping("/vaccination")
	String page() {
		return "vaccination/import";
	}

	@PostMapping("/vaccination/import")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@ResponseBody
	Map<String, Long> start(@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request)
			throws IOException {
		return Map.of("jobId", this.imports.start(request.getInputStream(), me));
	}

	@GetMapping("/vaccination/imports/{jobId}")
	@ResponseBody
	ImportStatus status(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long jobId) {
		return this.imports.status(jobId, me);
	}

}
