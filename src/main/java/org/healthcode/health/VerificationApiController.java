package org.healthcode.health;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.healthcode.support.Verifier;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Verification", description = "Check a health-code token; public keys for offline checks")
class VerificationApiController {

	private final HealthCodeService codes;

	private final Verifier verifier;

	VerificationApiController(HealthCodeService codes, Verifier verifier) {
		this.codes = codes;
		this.verifier = verifier;
	}

	/**
	 * Checks a scanned token. Valid → colour, masked name and, from a v2 token, the
	 * nucleic-acid test and vaccination as they were when it was issued (null from a v1
	 * token); otherwise a problem with code HEALTH_TOKEN_EXPIRED, HEALTH_TOKEN_INVALID
	 * (forged, altered, malformed) or HEALTH_TOKEN_UNKNOWN_KEY.
	 */
	@PostMapping("/api/v1/verify")
	VerificationView verify(@Valid @RequestBody VerifyRequest request) {
		VerifiedHealthCode code = this.codes.verify(request.token());
		return new VerificationView(true, code.color(), code.maskedName(), code.issuedAt(), code.expiresAt(),
				code.keyId(), code.version(),
				code.carriesHealthRecord() ? new NatView(code.natState(), code.natAge()) : null,
				code.carriesHealthRecord() ? new VaccinationView(code.vaccination()) : null);
	}

	/**
	 * The Ed25519 public keys that verify tokens (active and not yet retired), for
	 * offline checks.
	 */
	@GetMapping("/api/v1/keys")
	ResponseEntity<KeysView> keys() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic())
			.body(new KeysView(this.verifier.publishedKeys()));
	}

	record VerifyRequest(@NotBlank @Size(max = 2000) String token) {
	}

	record VerificationView(boolean valid, Color color, String maskedName, Instant issuedAt, Instant expiresAt,
			String keyId, String version, NatView nat, VaccinationView vaccination) {
	}

	/** The test as the token states it: {@code age} null when there is none. */
	record NatView(NatState state, NatAge age) {
	}

	record VaccinationView(VaccinationState state) {
	}

	record KeysView(List<Verifier.PublishedKey> keys) {
	}

}
