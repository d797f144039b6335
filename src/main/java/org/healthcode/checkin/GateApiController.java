package org.healthcode.checkin;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.healthcode.account.AccountPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Gate", description = "A venue's staff register visitors at its gate (shown code, or ID number and name)")
class GateApiController {

	private final GateService gate;

	GateApiController(GateService gate) {
		this.gate = gate;
	}

	/**
	 * Registers a visitor: {@code {healthToken}} or {@code {idNumber, name}}, exactly
	 * one. 201 with the verdict; 200 when the visitor was registered here moments ago.
	 */
	@PostMapping("/api/v1/venues/{id}/gate/checkins")
	ResponseEntity<GateCheckIn> register(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestBody GateRequest request) {
		GateCheckIn result = this.gate.register(me, id, request);
		return ResponseEntity.status(result.repeated() ? HttpStatus.OK : HttpStatus.CREATED).body(result);
	}

}
