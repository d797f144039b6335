package org.healthcode.account;

import java.time.Clock;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.healthcode.support.HealthCodeException;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators create the accounts of health officials and other administrators, and
 * end a staff account's login pause.
 */
@RestController
@Tag(name = "Administration")
class StaffAdminApiController {

	private final StaffAccountRepository staff;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private final AccountService accounts;

	private final StaffSiteRepository sites;

	StaffAdminApiController(StaffAccountRepository staff, PasswordEncoder passwords, Clock clock,
			AccountService accounts, StaffSiteRepository sites) {
		this.staff = staff;
		this.sites = sites;
		this.passwords = passwords;
		this.clock = clock;
		this.accounts = accounts;
	}

	@PostMapping("/api/v1/admin/staff")
	@ResponseStatus(HttpStatus.CREATED)
	@Transactional
	StaffView create(@Valid @RequestBody CreateStaffRequest request) {
		if (request.role() == Role.RESIDENT) {
			throw new HealthCodeException("STAFF_ROLE_INVALID", HttpStatus.BAD_REQUEST);
		}
		// a site belongs to samplers, labs and vaccinators, and only to them
		if (request.role().siteStaff() != (request.site() != null)) {
			throw new HealthCodeException("STAFF_SITE_INVALID", HttpStatus.BAD_REQUEST);
		}
		StaffSite site = request.site() == null ? null : this.sites.findOrCreate(request.site().name().strip(),
				request.site().divisionCode(), this.clock.instant());
		boolean created = this.staff.insertIfAbsent(request.username(), this.passwords.encode(request.password()),
				request.role(), request.displayName(), (site != null) ? site.id() : null, this.clock.instant());
		if (!created) {
			throw new HealthCodeException("STAFF_USERNAME_TAKEN", HttpStatus.CONFLICT);
		}
		return new StaffView(request.username(), request.role(), request.displayName(),
				(site != null) ? new SiteRequest(site.name(), site.divisionCode()) : null);
	}

	/**
	 * Ends the pause of a staff username after failed logins, so its owner can log in at
	 * once (pauses of client addresses stay). Recorded in the audit log as
	 * {@code STAFF_LOGIN_RELEASED}.
	 */
	@PostMapping("/api/v1/admin/staff/{username}/unlock")
	UnlockView unlock(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String username) {
		return new UnlockView(username, this.accounts.releaseStaffLogin(me, username));
	}

	/**
	 * @param wasLocked whether a pause was running
	 */
	record UnlockView(String username, boolean wasLocked) {
	}

	record CreateStaffRequest(@NotBlank @Pattern(regexp = "[a-z][a-z0-9._-]{2,39}") String username,
			@NotBlank @Size(min = 12, max = 128) String password, @NotNull Role role,
			@NotBlank @Size(max = 60) String displayName, @Valid SiteRequest site) {

		@Override
		public String toString() {
			return "CreateStaffRequest[username=" + this.username + ", role=" + this.role + "]";
		}

	}

	record SiteRequest(@NotBlank @Size(max = 60) String name,
			@NotNull @Pattern(regexp = "[0-9]{6}") String divisionCode) {
	}

	record StaffView(String username, Role role, String displayName, SiteRequest site) {
	}

}
