package org.healthcode.person;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpSession;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.identity.IdNumber;
import org.healthcode.identity.PersonName;
import org.healthcode.support.DisplayZone;
import org.healthcode.support.HealthCodeException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The real-name registration page; afterwards the resident goes on to the health code.
 */
@Controller
class ProfilePageController {

	private final PersonService persons;

	private final Clock clock;

	ProfilePageController(PersonService persons, Clock clock) {
		this.persons = persons;
		this.clock = clock;
	}

	@GetMapping("/me/profile")
	String profile(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		this.persons.findByAccount(me.accountId()).ifPresent(profile -> model.addAttribute("profile", profile));
		return "person/profile";
	}

	@PostMapping("/me/profile")
	String register(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String idNumber, HttpSession session, Model model) {
		try {
			LocalDate today = LocalDate.ofInstant(this.clock.instant(), DisplayZone.ZONE);
			this.persons.register(me.accountId(), PersonName.parse(limit(name, 60)),
					IdNumber.parse(limit(idNumber, 30), today));
			String returnTo = ProfileReturn.take(session);
			return "redirect:" + (returnTo != null ? returnTo : "/me/health-code");
		}
		catch (HealthCodeException ex) {
			model.addAttribute("problem", ex.messageKey());
			model.addAttribute("problemArg", ex.messageArgs().length > 0 ? ex.messageArgs()[0] : null);
			// the name comes back into the form; the ID number is typed again, never
			// echoed
			model.addAttribute("name", limit(name, 60));
			return profile(me, model);
		}
	}

	private static String limit(String value, int max) {
		return value.length() > max ? value.substring(0, max) : value;
	}

}
