package org.healthcode.companion;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.support.DisplayZone;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Who asks to bring the signed-in resident along as a companion: accept, decline, or
 * withdraw an acceptance.
 */
@Controller
class CompanionRequestPageController {

	private final CompanionRequests requests;

	CompanionRequestPageController(CompanionRequests requests) {
		this.requests = requests;
	}

	@GetMapping("/me/companion-requests")
	String page(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		model.addAttribute("requests", this.requests.of(me.accountId()));
		model.addAttribute("zone", DisplayZone.ZONE);
		return "companion/requests";
	}

	@PostMapping("/me/companion-requests/{id}/accept")
	String accept(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		this.requests.accept(me.accountId(), id);
		redirect.addFlashAttribute("decided", "accepted");
		return "redirect:/me/companion-requests";
	}

	@PostMapping("/me/companion-requests/{id}/decline")
	String decline(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		this.requests.decline(me.accountId(), id);
		redirect.addFlashAttribute("decided", "declined");
		return "redirect:/me/companion-requests";
	}

}
