package org.healthcode.health;

import java.time.Clock;
import java.time.format.DateTimeFormatter;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.health.HealthStatusApiController.SetStatusRequest;
import org.healthcode.health.HealthStatusApiController.StatusView;
import org.healthcode.person.PersonService;
import org.healthcode.support.DisplayZone;
import org.healthcode.support.HealthCodeException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The officials' form to set a person's status by ID number. */
@Controller
class OfficialStatusPageController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(DisplayZone.ZONE);

	private final PersonService persons;

	private final HealthService health;

	private final Clock clock;

	OfficialStatusPageController(PersonService persons, HealthService health, Clock clock) {
		this.persons = persons;
		this.health = health;
		this.clock = clock;
	}

	@GetMapping("/official/health-status")
	String form(Model model) {
		model.addAttribute("colors", Color.values());
		model.addAttribute("reasons", StatusReason.values());
		return "health/official-status";
	}

	@PostMapping("/official/health-status")
	String setStatus(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "") String idNumber,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "GREEN") Color color,
			@RequestParam(defaultValue = "MANUAL") StatusReason reason, @RequestParam(defaultValue = "") String note,
			Model model) {
		try {
			SetStatusRequest request = new SetStatusRequest(limit(idNumber, 30), limit(name, 60), color, reason,
					limit(note, 200));
			StatusView result = HealthStatusApiController.apply(this.persons, this.health, this.clock, me, request);
			model.addAttribute("result", result);
			if (result.expiresAt() != null) {
				model.addAttribute("resultExpiresAt", TIME.format(result.expiresAt()));
			}
		}
		catch (HealthCodeException ex) {
			model.addAttribute("problem", ex.messageKey());
			model.addAttribute("problemArg", ex.messageArgs().length > 0 ? ex.messageArgs()[0] : null);
			model.addAttribute("selectedColor", color);
			model.addAttribute("selectedReason", reason);
		}
		return form(model);
	}

	private static String limit(String value, int max) {
		return value.length() > max ? value.substring(0, max) : value;
	}

}
