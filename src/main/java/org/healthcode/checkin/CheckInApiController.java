package org.healthcode.checkin;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.support.HealthCodeException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Check-in", description = "Scan a venue code: entries for the resident and companions, blue result")
class CheckInApiController {

	private final CheckInService checkIns;

	private final TripService trips;

	CheckInApiController(CheckInService checkIns, TripService trips) {
		this.checkIns = checkIns;
		this.trips = trips;
	}

	/**
	 * Registers an entry for the resident and the chosen companions (omit
	 * {@code companionIds} for the ones marked "with me"). 201 for a new entry, 200 when
	 * a repeat scan returned the earlier one.
	 */
	@PostMapping("/api/v1/checkins")
	ResponseEntity<CheckInResult> checkIn(@AuthenticationPrincipal AccountPrincipal me,
			@Valid @RequestBody CheckInRequest request) {
		if (request.channel() == Channel.GATE) {
			throw new HealthCodeException("CHECKIN_CHANNEL_INVALID", HttpStatus.BAD_REQUEST);
		}
		CheckInResult result = this.checkIns.checkIn(me.accountId(), request.venueToken(), request.companionIds(),
				request.channel() == null ? Channel.APP : request.channel());
		return ResponseEntity.status(result.repeated() ? HttpStatus.OK : HttpStatus.CREATED).body(result);
	}

	/** The resident's own trip record, including entries made for their companions. */
	@GetMapping("/api/v1/me/checkins")
	List<TripEntry> myTrips(@AuthenticationPrincipal AccountPrincipal me) {
		return this.trips.trips(me.accountId());
	}

	record CheckInRequest(@NotBlank @Size(max = 400) String venueToken, @Size(max = 10) List<Long> companionIds,
			Channel channel) {
	}

}
