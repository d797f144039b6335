package org.healthcode.testing;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.testing.SamplingService.SampleView;
import org.healthcode.testing.SamplingService.TubeView;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The sampling site's API (SAMPLER): tubes and the people sampled into them. */
@RestController
@Tag(name = "Sampling")
class SamplingApiController {

	private final SamplingService sampling;

	SamplingApiController(SamplingService sampling) {
		this.sampling = sampling;
	}

	@PostMapping("/api/v1/sampling/tubes")
	@ResponseStatus(HttpStatus.CREATED)
	TubeView open(@AuthenticationPrincipal AccountPrincipal me, @Valid @RequestBody OpenTubeRequest request) {
		return this.sampling.open(me, request.tubeCode(), request.poolSize());
	}

	@GetMapping("/api/v1/sampling/tubes/{tubeCode}")
	TubeView tube(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String tubeCode) {
		return this.sampling.tube(me, tubeCode);
	}

	@PostMapping("/api/v1/sampling/tubes/{tubeCode}/samples")
	@ResponseStatus(HttpStatus.CREATED)
	SampleView sample(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String tubeCode,
			@Valid @RequestBody SampleRequest request) {
		return this.sampling.addSample(me, tubeCode, request.healthToken(), request.idNumber(), request.name());
	}

	@PostMapping("/api/v1/sampling/tubes/{tubeCode}/close")
	TubeView close(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String tubeCode) {
		return this.sampling.close(me, tubeCode);
	}

	// sizes are checked by the service so that a bad code gets its own problem code
	record OpenTubeRequest(String tubeCode, Integer poolSize) {
	}

	record SampleRequest(@Size(max = 2000) String healthToken, @Size(max = 30) String idNumber,
			@Size(max = 60) String name) {

		@Override
		public String toString() {
			return "SampleRequest[byToken=" + (this.healthToken != null) + "]";
		}

	}

}
