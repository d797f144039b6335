package org.healthcode.account;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.healthcode.identity.PhoneNumber;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication", description = "Resident SMS login and staff login; returns bearer tokens")
class AuthApiController {

	private final OtpService otp;

	private final AccountService accounts;

	private final AccessTokenService tokens;

	AuthApiController(OtpService otp, AccountService accounts, AccessTokenService tokens) {
		this.otp = otp;
		this.accounts = accounts;
		this.tokens = tokens;
	}

	/** Sends a one-time code by SMS. */
	@PostMapping("/otp")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void requestCode(@Valid @RequestBody OtpRequest request, HttpServletRequest http) {
		this.otp.sendCode(PhoneNumber.parse(request.phone()), http.getRemoteAddr());
	}

	/** Exchanges phone + code for a resident token. */
	@PostMapping("/token")
	AccessToken residentToken(@Valid @RequestBody TokenRequest request) {
		return this.tokens.issue(this.accounts.signInResident(PhoneNumber.parse(request.phone()), request.code()));
	}

	/** Exchanges a staff username + password for a staff token. */
	@PostMapping("/staff-token")
	AccessToken staffToken(@Valid @RequestBody StaffTokenRequest request, HttpServletRequest http) {
		return this.tokens
			.issue(this.accounts.signInStaff(request.username(), request.password(), http.getRemoteAddr()));
	}

	record OtpRequest(@NotBlank @Size(max = 20) String phone) {

		@Override
		public String toString() {
			return "OtpRequest[phone=***]";
		}

	}

	record TokenRequest(@NotBlank @Size(max = 20) String phone, @NotBlank @Size(max = 10) String code) {

		@Override
		public String toString() {
			return "TokenRequest[phone=***]";
		}

	}

	record StaffTokenRequest(@NotBlank @Size(max = 40) String username, @NotBlank @Size(max = 128) String password) {

		@Override
		public String toString() {
			return "StaffTokenRequest[username=" + this.username + "]";
		}

	}

}
