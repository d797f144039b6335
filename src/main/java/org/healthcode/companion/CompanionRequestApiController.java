package org.healthcode.companion;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.healthcode.account.AccountPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me/companion-requests")
@Tag(name = "Companion requests",
		description = "Residents asking to bring the signed-in resident along as their companion")
class CompanionRequestApiController {

	private final CompanionRequests requests;

	CompanionRequestApiController(CompanionRequests requests) {
		this.requests = requests;
	}

	/** Pending requests (newest first), then accepted ones. */
	@GetMapping
	List<CompanionRequest> list(@AuthenticationPrincipal AccountPrincipal me) {
		return this.requests.of(me.accountId());
	}

	/** Lets the requester bring the signed-in resident along, see their colour. */
	@PostMapping("/{id}/accept")
	CompanionRequest accept(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return this.requests.accept(me.accountId(), id);
	}

	/** Declines a request, or withdraws an acceptance. */
	@PostMapping("/{id}/decline")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void decline(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		this.requests.decline(me.accountId(), id);
	}

}
