package org.healthcode.audit;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.support.HealthCodeException;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators read the audit log (ADMIN by the {@code /api/v1/audit/**} convention).
 * Reading only: there is no endpoint that changes or removes an entry, and the table
 * refuses it anyway.
 */
@RestController
@Tag(name = "Audit", description = "Administrators read who read or changed whose data; every read is audited too")
class AuditApiController {

	private final AuditService audit;

	AuditApiController(AuditService audit) {
		this.audit = audit;
	}

	/**
	 * Filters without personal data. To find the entries about a person, send the ID
	 * number in the body of {@code POST /api/v1/audit/search}: an ID number in a URL
	 * would end up in logs and browser histories, so it is refused here.
	 */
	@GetMapping("/api/v1/audit")
	AuditSearchResult list(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String actorRole,
			@RequestParam(required = false) String actorAccountId, @RequestParam(required = false) String action,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size,
			@RequestParam(required = false) String idNumber) {
		if (idNumber != null) {
			throw new HealthCodeException("AUDIT_ID_NUMBER_IN_URL", HttpStatus.BAD_REQUEST);
		}
		return this.audit.search(AuditFilters.fromText(from, to, actorRole, actorAccountId, action, null, page, size),
				me.accountId());
	}

	/** The same filters as a JSON body, including {@code idNumber}. */
	@PostMapping("/api/v1/audit/search")
	AuditSearchResult search(@AuthenticationPrincipal AccountPrincipal me,
			@RequestBody(required = false) AuditFilter filter) {
		return this.audit.search(filter == null ? AuditFilter.none() : filter, me.accountId());
	}

}
