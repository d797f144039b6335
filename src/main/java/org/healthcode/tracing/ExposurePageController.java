package org.healthcode.tracing;

import java.time.Clock;
import java.util.List;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.support.DisplayZone;
import org.healthcode.support.HealthCodeException;
import org.healthcode.venue.PublicVenue;
import org.healthcode.venue.VenueService;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Venue exposure: everyone who checked in at a venue in a period, for a venue-wide alert.
 * The venue is found by its number, or by words of its name or address: one match is
 * shown at once, several are offered to choose from.
 */
@Controller
class ExposurePageController {

	static final int MAX_MATCHES = 20;

	private final TracingService tracing;

	private final VenueService venues;

	private final Clock clock;

	ExposurePageController(TracingService tracing, VenueService venues, Clock clock) {
		this.tracing = tracing;
		this.venues = venues;
		this.clock = clock;
	}

	@GetMapping("/official/tracing/exposure")
	String form(Model model) {
		TracingForm period = TracingForm.empty(this.clock);
		return page(model, "", period.from(), period.to());
	}

	@PostMapping("/official/tracing/exposure")
	String query(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "") String venue,
			@RequestParam(defaultValue = "") String venueId, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, Model model) {
		TracingForm period = new TracingForm("", from, to, "", false);
		String wanted = TracingForm.limit(venueId.isBlank() ? venue : venueId, 60).strip();
		try {
			Long id = number(wanted);
			if (id == null) {
				List<PublicVenue> matches = this.venues.search(wanted, MAX_MATCHES + 1);
				if (matches.isEmpty()) {
					throw new HealthCodeException("TRACING_VENUE_NOT_FOUND", HttpStatus.NOT_FOUND);
				}
				if (matches.size() > 1) {
					model.addAttribute("matches", matches.subList(0, Math.min(MAX_MATCHES, matches.size())));
					model.addAttribute("moreMatches", matches.size() > MAX_MATCHES);
					return page(model, wanted, period.from(), period.to());
				}
				id = matches.get(0).id();
			}
			model.addAttribute("exposure", this.tracing.exposure(me, id, period.fromInstant(), period.toInstant()));
		}
		catch (HealthCodeException ex) {
			TracingConsole.problem(model, "problem", ex);
		}
		return page(model, wanted, period.from(), period.to());
	}

	private static Long number(String text) {
		if (!text.matches("[0-9]{1,18}")) {
			return null;
		}
		return Long.valueOf(text);
	}

	private String page(Model model, String venue, String from, String to) {
		model.addAttribute("venue", venue);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("zone", DisplayZone.ZONE);
		return "tracing/exposure";
	}

}
