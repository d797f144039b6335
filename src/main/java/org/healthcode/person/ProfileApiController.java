package org.healthcode.person;

import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.identity.IdNumber;
import org.healthcode.identity.PersonName;
import org.healthcode.support.DisplayZone;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me/profile")
@Tag(name = "Profile", description = "A resident's real-name registration (实名认证)")
class ProfileApiController {

	private final PersonService persons;

	private final Clock clock;

	ProfileApiController(PersonService persons, Clock clock) {
		this.persons = persons;
		this.clock = clock;
	}

	/**
	 * Registers name and resident ID number of the signed-in resident; answers masked.
	 */
	@PutMapping
	ProfileView register(@AuthenticationPrincipal AccountPrincipal me, @Valid @RequestBody ProfileRequest request) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), DisplayZone.ZONE);
		PersonProfile profile = this.persons.register(me.accountId(), PersonName.parse(request.name()),
				IdNumber.parse(request.idNumber(), today));
		return ProfileView.of(profile);
	}

	/** The registered profile (masked), or 409 PROFILE_REQUIRED. */
	@GetMapping
	ProfileView profile(@AuthenticationPrincipal AccountPrincipal me) {
		return ProfileView.of(this.persons.requireByAccount(me.accountId()));
	}

	record ProfileRequest(@NotBlank @Size(max = 60) String name, @NotBlank @Size(max = 30) String idNumber) {

		@Override
		public String toString() {
			return "ProfileRequest[***]";
		}

	}

	record ProfileView(String maskedName, String maskedIdNumber) {

		static ProfileView of(PersonProfile profile) {
			return new ProfileView(profile.maskedName(), profile.maskedIdNumber());
		}

	}

}
