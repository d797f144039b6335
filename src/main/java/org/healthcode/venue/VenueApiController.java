package org.healthcode.venue;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.healthcode.account.AccountPrincipal;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
@RequestMapping("/api/v1/venues")
@Tag(name = "Venues", description = "Venue codes (场所码): apply, manage, download posters; for the venue's manager")
class VenueApiController {

	private final VenueService venues;

	VenueApiController(VenueService venues) {
		this.venues = venues;
	}

	/** Applies for a venue code; the caller becomes the venue's manager. */
	@PostMapping
	ResponseEntity<VenueView> apply(@AuthenticationPrincipal AccountPrincipal me,
			@Valid @RequestBody ApplyVenueRequest request) {
		VenueView venue = this.venues.apply(me.accountId(), request);
		return ResponseEntity.created(URI.create("/api/v1/venues/" + venue.id())).body(venue);
	}

	@GetMapping("/mine")
	List<VenueView> mine(@AuthenticationPrincipal AccountPrincipal me) {
		return this.venues.mine(me.accountId());
	}

	@GetMapping("/{id}")
	VenueView get(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return this.venues.get(me.accountId(), id);
	}

	/** Pauses the code: scans are refused until reactivated. */
	@PostMapping("/{id}/suspend")
	VenueView suspend(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return this.venues.suspend(me.accountId(), id);
	}

	@PostMapping("/{id}/reactivate")
	VenueView reactivate(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return this.venues.reactivate(me.accountId(), id);
	}

	/** Issues a new code; posters with the old one stop working. */
	@PostMapping("/{id}/regenerate")
	VenueView regenerate(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return this.venues.regenerate(me.accountId(), id);
	}

	/** The printable poster as PNG, 1240 × 1754 px (A4 at 150 dpi). */
	@GetMapping("/{id}/poster.png")
	ResponseEntity<byte[]> posterPng(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return poster(this.venues.posterPng(me.accountId(), id), MediaType.IMAGE_PNG, "venue-" + id + ".png");
	}

	/** The printable poster as an A4 PDF. */
	@GetMapping("/{id}/poster.pdf")
	ResponseEntity<byte[]> posterPdf(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return poster(this.venues.posterPdf(me.accountId(), id), MediaType.APPLICATION_PDF, "venue-" + id + ".pdf");
	}

	/** Shared with the page controller: a poster download that no shared cache keeps. */
	static ResponseEntity<byte[]> poster(byte[] bytes, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
			.body(bytes);
	}

}
