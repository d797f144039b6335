package org.healthcode.checkin;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.support.HealthCodeException;
import org.healthcode.venue.VenueStaffService;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The gate console of a venue's guard (360 px): scan a visitor's shown code, or type ID
 * number and name. Each registration redirects back to the console with its result as a
 * one-time flash attribute, so nothing typed stays in a URL, the page or its history.
 */
@Controller
class GatePageController {

	private final GateService gate;

	private final VenueStaffService staff;

	GatePageController(GateService gate, VenueStaffService staff) {
		this.gate = gate;
		this.staff = staff;
	}

	@GetMapping("/venues/{id}/gate")
	String console(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		model.addAttribute("venue", this.staff.requireStaffed(me.accountId(), id));
		return "checkin/gate";
	}

	@PostMapping("/venues/{id}/gate/code")
	String byCode(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(required = false) String healthToken, RedirectAttributes redirect) {
		// the camera reads a phone's health code or a printed card alike
		GateRequest request = this.gate.isCard(healthToken) ? new GateRequest(null, null, null, healthToken)
				: new GateRequest(healthToken, null, null, null);
		return register(me, id, request, redirect);
	}

	@PostMapping("/venues/{id}/gate/identity")
	String byIdentity(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(required = false) String idNumber, @RequestParam(required = false) String name,
			RedirectAttributes redirect) {
		return register(me, id, new GateRequest(null, idNumber, name, null), redirect);
	}

	private String register(AccountPrincipal me, long id, GateRequest request, RedirectAttributes redirect) {
		// not staff here: 404 before anything about the visitor is read
		this.staff.requireStaffed(me.accountId(), id);
		try {
			redirect.addFlashAttribute("gateResult", this.gate.register(me, id, request));
		}
		catch (HealthCodeException ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
		}
		return "redirect:/venues/" + id + "/gate";
	}

}
