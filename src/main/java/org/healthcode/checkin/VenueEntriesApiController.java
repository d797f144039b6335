package org.healthcode.checkin;

import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.support.DisplayZone;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Venues")
class VenueEntriesApiController {

	private final VenueEntriesService entries;

	private final Clock clock;

	VenueEntriesApiController(VenueEntriesService entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/**
	 * A venue's entries on a day (default today, Asia/Shanghai), masked, for its manager
	 * only.
	 */
	@GetMapping("/api/v1/venues/{id}/entries")
	VenueDay entries(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return this.entries.day(me.accountId(), id,
				date != null ? date : LocalDate.ofInstant(this.clock.instant(), DisplayZone.ZONE));
	}

}
