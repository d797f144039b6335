package org.healthcode.venue;

import org.healthcode.account.AccountPrincipal;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Entrances on the venue's detail page: add one, download its poster. */
@Controller
class EntrancePageController {

	private final VenueEntrances entrances;

	EntrancePageController(VenueEntrances entrances) {
		this.entrances = entrances;
	}

	@PostMapping("/venues/{id}/entrances")
	String add(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
		String wanted = name.strip();
		if (wanted.isEmpty() || wanted.length() > 30) {
			redirect.addFlashAttribute("entranceError", true);
		}
		else {
			this.entrances.add(me.accountId(), id, new AddEntranceRequest(wanted));
		}
		return "redirect:/venues/" + id + "#entrances";
	}

	@GetMapping("/venues/{id}/entrances/{entranceId}/poster.pdf")
	ResponseEntity<byte[]> posterPdf(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@PathVariable long entranceId) {
		return VenueApiController.poster(this.entrances.posterPdf(me.accountId(), id, entranceId),
				MediaType.APPLICATION_PDF, "venue-" + id + "-entrance-" + entranceId + ".pdf");
	}

	@GetMapping("/venues/{id}/entrances/{entranceId}/poster.png")
	ResponseEntity<byte[]> posterPng(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@PathVariable long entranceId) {
		return VenueApiController.poster(this.entrances.posterPng(me.accountId(), id, entranceId), MediaType.IMAGE_PNG,
				"venue-" + id + "-entrance-" + entranceId + ".png");
	}

}
