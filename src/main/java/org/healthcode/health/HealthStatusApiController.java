package org.healthcode.health;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.identity.IdNumber;
import org.healthcode.identity.PersonName;
import org.healthcode.person.PersonProfile;
import org.healthcode.person.PersonService;
import org.healthcode.support.DisplayZone;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Health status", description = "Officials set a person's status (colour + reason)")
class HealthStatusApiController {

	private final PersonService persons;

	private final HealthService health;

	private final Clock clock;

	HealthStatusApiController(PersonService persons, HealthService health, Clock clock) {
		this.persons = persons;
		this.health = health;
		this.clock = clock;
	}

	/**
	 * Sets the status of the person with this ID number, who is registered without
	 * account if unknown. Expiry and next colour follow the rule of the reason. Audited.
	 */
	@PutMapping("/api/v1/health-status")
	StatusView setStatus(@AuthenticationPrincipal AccountPrincipal me, @Valid @RequestBody SetStatusRequest request) {
		return apply(this.persons, this.health, this.clock, me, request);
	}

	/** Shared with the officials' page, which takes the same input from a form. */
	static StatusView apply(PersonService persons, HealthService health, Clock clock, AccountPrincipal me,
			SetStatusRequest request) {
		IdNumber idNumber = IdNumber.parse(request.idNumber(), LocalDate.ofInstant(clock.instant(), DisplayZone.ZONE));
		PersonName name = request.name() == null || request.name().isBlank() ? null : PersonName.parse(request.name());
		PersonProfile person = persons.findOrCreateByStaff(idNumber, name, me);
		HealthStatus status = health.setStatus(person.id(),
				new StatusChange(request.color(), request.reason(), request.note()), StatusActor.of(me));
		return new StatusView(person.maskedName(), person.maskedIdNumber(), status.color(), status.reason(),
				status.setAt(), status.expiresAt(), status.nextColor());
	}

	record SetStatusRequest(@NotBlank @Size(max = 30) String idNumber, @Size(max = 60) String name,
			@NotNull Color color, @NotNull StatusReason reason, @Size(max = 200) String note) {

		@Override
		public String toString() {
			return "SetStatusRequest[color=" + this.color + ", reason=" + this.reason + "]";
		}

	}

	record StatusView(String maskedName, String maskedIdNumber, Color color, StatusReason reason, Instant setAt,
			Instant expiresAt, Color nextColor) {
	}

}
