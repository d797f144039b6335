package org.healthcode.checkin;

import java.time.Clock;
import java.time.LocalDate;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.support.DisplayZone;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The resident's trip record and a venue manager's entries of the day. */
@Controller
class CheckInPageController {

	private final TripService trips;

	private final VenueEntriesService entries;

	private final CheckInProperties properties;

	private final Clock clock;

	CheckInPageController(TripService trips, VenueEntriesService entries, CheckInProperties properties, Clock clock) {
		this.trips = trips;
		this.entries = entries;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/me/checkins")
	String trips(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		TripRecord record = this.trips.record(me.accountId());
		model.addAttribute("trips", record.trips());
		model.addAttribute("people", record.people());
		model.addAttribute("days", this.properties.tripDays());
		model.addAttribute("zone", DisplayZone.ZONE);
		return "checkin/trips";
	}

	@GetMapping("/venues/{id}/entries")
	String venueEntries(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		LocalDate day = date != null ? date : LocalDate.ofInstant(this.clock.instant(), DisplayZone.ZONE);
		model.addAttribute("day", this.entries.day(me.accountId(), id, day));
		model.addAttribute("zone", DisplayZone.ZONE);
		return "checkin/venue-entries";
	}

}
