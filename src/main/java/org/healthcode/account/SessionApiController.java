package org.healthcode.account;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the bearer token belongs to: lets a channel check a token and learn the role. */
@RestController
@Tag(name = "Authentication")
class SessionApiController {

	@GetMapping("/api/v1/session")
	SessionView session(@AuthenticationPrincipal AccountPrincipal principal) {
		return new SessionView(principal.role(), principal.accountId());
	}

	record SessionView(Role role, long accountId) {
	}

}
