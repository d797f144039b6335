package org.healthcode.health;

import java.time.format.DateTimeFormatter;

import org.healthcode.support.DisplayZone;
import org.healthcode.support.HealthCodeException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff page that checks a displayed health code: scan it with the camera (where the
 * browser can read QR codes) or paste the token. Offline, the page's script checks the
 * token in the browser instead ({@code /js/verify-offline.js}, the page and keys cached
 * by the service worker of {@link VerifyServiceWorkerController}).
 */
@Controller
class VerifyPageController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(DisplayZone.ZONE);

	private final HealthCodeService codes;

	VerifyPageController(HealthCodeService codes) {
		this.codes = codes;
	}

	@GetMapping("/verify")
	String form() {
		return "health/verify";
	}

	@PostMapping("/verify")
	String verify(@RequestParam(defaultValue = "") String token, Model model) {
		try {
			VerifiedHealthCode code = this.codes.verify(token.length() > 2000 ? null : token);
			model.addAttribute("result", code);
			model.addAttribute("validUntil", TIME.format(code.expiresAt()));
			if (code.carriesHealthRecord()) {
				model.addAttribute("natKey", (code.natState() == NatState.NEGATIVE)
						? "health.nat.NEGATIVE." + code.natAge() : "health.nat." + code.natState());
				model.addAttribute("vaccinationKey", "health.vaccination." + code.vaccination());
			}
		}
		catch (HealthCodeException ex) {
			model.addAttribute("problem", ex.messageKey());
			model.addAttribute("problemCode", ex.code());
		}
		return "health/verify";
	}

}
