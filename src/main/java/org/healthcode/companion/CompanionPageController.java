package org.healthcode.companion;

import java.time.Clock;
import java.time.LocalDate;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.identity.IdNumber;
import org.healthcode.identity.PersonName;
import org.healthcode.support.DisplayZone;
import org.healthcode.support.HealthCodeException;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The resident's companions page: list with colours (of usable entries), "with me now"
 * switches, add and remove, and a link to the requests others made for the resident.
 */
@Controller
class CompanionPageController {

	private final CompanionService companions;

	private final CompanionRequests requests;

	private final CompanionProperties properties;

	private final Clock clock;

	CompanionPageController(CompanionService companions, CompanionRequests requests, CompanionProperties properties,
			Clock clock) {
		this.companions = companions;
		this.requests = requests;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/me/companions")
	String page(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		model.addAttribute("companions", this.companions.list(me.accountId()));
		model.addAttribute("relations", Relation.values());
		model.addAttribute("limit", this.properties.maxPerResident());
		model.addAttribute("pendingRequests", this.requests.pending(me.accountId()));
		return "companion/companions";
	}

	@PostMapping("/me/companions")
	String add(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String idNumber, @RequestParam(defaultValue = "OTHER") String relation,
			Model model, RedirectAttributes redirect) {
		try {
			LocalDate today = LocalDate.ofInstant(this.clock.instant(), DisplayZone.ZONE);
			this.companions.add(me.accountId(), PersonName.parse(name), IdNumber.parse(idNumber, today),
					relationOf(relation));
			redirect.addFlashAttribute("added", true);
			return "redirect:/me/companions";
		}
		catch (HealthCodeException ex) {
			if ("PROFILE_REQUIRED".equals(ex.code())) {
				return "redirect:/me/profile";
			}
			model.addAttribute("problem", ex.messageKey());
			model.addAttribute("problemArg", ex.messageArgs().length > 0 ? ex.messageArgs()[0] : null);
			model.addAttribute("name", name.length() > 40 ? "" : name);
			model.addAttribute("relation", relation);
			return page(me, model);
		}
	}

	@PostMapping("/me/companions/{id}/with-me")
	String toggle(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean withMe) {
		this.companions.setWithMe(me.accountId(), id, withMe);
		return "redirect:/me/companions";
	}

	@PostMapping("/me/companions/{id}/delete")
	String remove(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		this.companions.remove(me.accountId(), id);
		return "redirect:/me/companions";
	}

	private static Relation relationOf(String value) {
		try {
			return Relation.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			throw new HealthCodeException("VALIDATION_FAILED", HttpStatus.BAD_REQUEST);
		}
	}

}
