package org.healthcode.health;

import java.time.Instant;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.healthcode.account.AccountPrincipal;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Health code", description = "A resident's own dynamic health code")
class HealthCodeApiController {

	private final HealthCodeService codes;

	HealthCodeApiController(HealthCodeService codes) {
		this.codes = codes;
	}

	/**
	 * The resident's code with a freshly signed token; fetch again after
	 * {@code refreshSeconds}. {@code expiresAt} is when the token expires,
	 * {@code statusExpiresAt} when the colour changes by rule.
	 */
	@GetMapping("/api/v1/me/health-code")
	ResponseEntity<HealthCodeView> healthCode(@AuthenticationPrincipal AccountPrincipal me) {
		HealthCode code = this.codes.issueForAccount(me.accountId());
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(HealthCodeView.of(code));
	}

	/** The vaccination state and how many doses are on record. */
	record Vaccination(VaccinationState state, int doses) {
	}

	record HealthCodeView(Color color, String maskedName, String maskedIdNumber, String token, long refreshSeconds,
			Instant updatedAt, Instant expiresAt, Instant statusExpiresAt, Color nextColor, NatSummary nat,
			Vaccination vaccination) {

		static HealthCodeView of(HealthCode code) {
			return new HealthCodeView(code.color(), code.maskedName(), code.maskedIdNumber(), code.token(),
					code.refreshSeconds(), code.updatedAt(), code.tokenExpiresAt(), code.statusExpiresAt(),
					code.nextColor(), code.nat(),
					new Vaccination(code.vaccination().state(), code.vaccination().doses()));
		}

	}

}
