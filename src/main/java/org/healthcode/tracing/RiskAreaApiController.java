package org.healthcode.tracing;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.healthcode.account.AccountPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tracing/risk-areas")
@Tag(name = "Risk areas", description = "Officials: designate and withdraw medium- and high-risk areas")
class RiskAreaApiController {

	private final RiskAreaService areas;

	private final RiskAreaWithdrawal withdrawal;

	RiskAreaApiController(RiskAreaService areas, RiskAreaWithdrawal withdrawal) {
		this.areas = areas;
		this.withdrawal = withdrawal;
	}

	/**
	 * Designates a division or venues; 202 with the marking of everyone who checked in
	 * there in {@code [from, to)} (poll {@code GET /api/v1/tracing/risk-areas/{id}}).
	 */
	@PostMapping
	ResponseEntity<RiskArea> designate(@AuthenticationPrincipal AccountPrincipal me,
			@Valid @RequestBody DesignateRiskArea request) {
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(this.areas.designate(me, request));
	}

	@GetMapping
	List<RiskArea> list() {
		return this.areas.list();
	}

	@GetMapping("/{id}")
	RiskArea find(@PathVariable long id) {
		return this.areas.find(id);
	}

	/** Withdraws a designation and reverts what it set that nobody changed since. */
	@PostMapping("/{id}/withdraw")
	RiskArea withdraw(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@Valid @RequestBody WithdrawRequest request) {
		return this.withdrawal.withdraw(me, id, request.note());
	}

	record WithdrawRequest(@Size(max = 200) String note) {

		WithdrawRequest {
			note = note == null || note.isBlank() ? null : note.strip();
		}

	}

}
