package org.healthcode.entry;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.healthcode.account.AccountPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Entry rules", description = "What a venue (its manager) or a division (officials) asks at the door")
class EntryRuleApiController {

	private final EntryService entry;

	EntryRuleApiController(EntryService entry) {
		this.entry = entry;
	}

	@GetMapping("/api/v1/venues/{id}/entry-rule")
	EntryRuleView venueRule(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return this.entry.venueRule(me.accountId(), id);
	}

	/**
	 * Sets the venue's own rule; the strictest of it and its divisions' rules applies.
	 */
	@PutMapping("/api/v1/venues/{id}/entry-rule")
	EntryRuleView setVenueRule(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestBody EntryRuleRequest request) {
		return this.entry.setVenueRule(me, id, request.toRule());
	}

	@GetMapping("/api/v1/entry-rules/divisions/{code}")
	EntryRuleView divisionRule(@PathVariable String code) {
		return this.entry.divisionRule(code);
	}

	/** Sets a division's rule: a province or city code covers every venue inside it. */
	@PutMapping("/api/v1/entry-rules/divisions/{code}")
	EntryRuleView setDivisionRule(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String code,
			@RequestBody EntryRuleRequest request) {
		return this.entry.setDivisionRule(me, code, request.toRule());
	}

}
