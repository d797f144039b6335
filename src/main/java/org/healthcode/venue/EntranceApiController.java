package org.healthcode.venue;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.healthcode.account.AccountPrincipal;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/venues/{id}/entrances")
@Tag(name = "Venues", description = "Venue codes (场所码): apply, manage, download posters; for the venue's manager")
class EntranceApiController {

	private final VenueEntrances entrances;

	EntranceApiController(VenueEntrances entrances) {
		this.entrances = entrances;
	}

	/** Adds an entrance with a code and poster of its own. */
	@PostMapping
	ResponseEntity<Entrance> add(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@Valid @RequestBody AddEntranceRequest request) {
		Entrance entrance = this.entrances.add(me.accountId(), id, request);
		return ResponseEntity.created(URI.create("/api/v1/venues/" + id + "/entrances/" + entrance.id()))
			.body(entrance);
	}

	@GetMapping
	List<Entrance> list(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return this.entrances.list(me.accountId(), id);
	}

	@GetMapping("/{entranceId}/poster.pdf")
	ResponseEntity<byte[]> posterPdf(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@PathVariable long entranceId) {
		return VenueApiController.poster(this.entrances.posterPdf(me.accountId(), id, entranceId),
				MediaType.APPLICATION_PDF, "venue-" + id + "-entrance-" + entranceId + ".pdf");
	}

	@GetMapping("/{entranceId}/poster.png")
	ResponseEntity<byte[]> posterPng(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@PathVariable long entranceId) {
		return VenueApiController.poster(this.entrances.posterPng(me.accountId(), id, entranceId), MediaType.IMAGE_PNG,
				"venue-" + id + "-entrance-" + entranceId + ".png");
	}

}
