package org.healthcode.tracing;

import java.time.Clock;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.support.AsciiDigits;
import org.healthcode.support.DisplayZone;
import org.healthcode.support.HealthCodeException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Venue exposure: everyone who checked in at a venue in a period, for a venue-wide alert.
 */
@Controller
class ExposurePageController {

	private final TracingService tracing;

	private final Clock clock;

	ExposurePageController(TracingService tracing, Clock clock) {
		this.tracing = tracing;
		this.clock = clock;
	}

	@GetMapping("/official/tracing/exposure")
	String form(Model model) {
		TracingForm period = TracingForm.empty(this.clock);
		return page(model, "", period.from(), period.to());
	}

	@PostMapping("/official/tracing/exposure")
	String query(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "") String venueId,
			@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to, Model model) {
		TracingForm period = new TracingForm("", from, to, "", false);
		String venue = TracingForm.limit(venueId, 19).strip();
		try {
			long id;
			try {
				id = AsciiDigits.parseLong(venue);
			}
			catch (NumberFormatException ex) {
				throw new HealthCodeException("TRACING_VENUE_NOT_FOUND", org.springframework.http.HttpStatus.NOT_FOUND);
			}
			model.addAttribute("exposure", this.tracing.exposure(me, id, period.fromInstant(), period.toInstant()));
		}
		catch (HealthCodeException ex) {
			TracingPageController.problem(model, ex);
		}
		return page(model, venue, period.from(), period.to());
	}

	private String page(Model model, String venueId, String from, String to) {
		model.addAttribute("venueId", venueId);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("zone", DisplayZone.ZONE);
		return "tracing/exposure";
	}

}
