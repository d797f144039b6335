package org.healthcode.appeal;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.companion.CompanionService;
import org.healthcode.support.DisplayZone;
import org.healthcode.support.HealthCodeException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The resident's appeals page: file an appeal (about themselves or a companion), follow
 * it. The page's script sends the form and then each chosen file as its own upload;
 * without script the appeal goes without attachments.
 */
@Controller
class AppealPageController {

	private final AppealService appeals;

	private final CompanionService companions;

	AppealPageController(AppealService appeals, CompanionService companions) {
		this.appeals = appeals;
		this.companions = companions;
	}

	@GetMapping("/me/appeals")
	String page(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		return show(me, model);
	}

	@PostMapping("/me/appeals")
	String file(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "SELF") String subject,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String details,
			@RequestParam(defaultValue = "") String correctedName, RedirectAttributes redirect, Model model) {
		try {
			this.appeals.file(me.accountId(), request(subject, reason, details, correctedName));
			redirect.addFlashAttribute("filed", true);
			return "redirect:/me/appeals";
		}
		catch (HealthCodeException ex) {
			model.addAttribute("problem", ex.messageKey());
			model.addAttribute("problemArg", ex.messageArgs().length > 0 ? ex.messageArgs()[0] : "");
			model.addAttribute("problemCode", ex.code());
			return show(me, model);
		}
	}

	/** The page script's way to file: the appeal as JSON, or a problem. */
	@PostMapping(path = "/me/appeals/data", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Appeal fileData(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "SELF") String subject,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String details,
			@RequestParam(defaultValue = "") String correctedName) {
		return this.appeals.file(me.accountId(), request(subject, reason, details, correctedName));
	}

	/** One attachment, the raw file as the body (the page script sends each). */
	@PostMapping(path = "/me/appeals/{id}/attachments", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Appeal attach(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @RequestBody byte[] content) {
		return this.appeals.attach(me.accountId(), id, content);
	}

	private String show(AccountPrincipal me, Model model) {
		model.addAttribute("appeals", this.appeals.mine(me.accountId()));
		model.addAttribute("companions",
				this.companions.list(me.accountId()).stream().filter(companion -> companion.usable()).toList());
		model.addAttribute("reasons", AppealReason.values());
		model.addAttribute("zone", DisplayZone.ZONE);
		return "appeal/mine";
	}

	/** The form's fields as the API's request, checked like it. */
	private static FileAppeal request(String subject, String reason, String details, String correctedName) {
		AppealReason parsed;
		try {
			parsed = AppealReason.valueOf(reason);
		}
		catch (IllegalArgumentException ex) {
			throw new HealthCodeException("APPEAL_REASON_INVALID", HttpStatus.BAD_REQUEST);
		}
		if (!subject.matches("SELF|\\d{1,18}")) {
			throw new HealthCodeException("COMPANION_NOT_FOUND", HttpStatus.NOT_FOUND);
		}
		if (details.isBlank() || details.strip().length() > 1000) {
			throw new HealthCodeException("APPEAL_DETAILS_REQUIRED", HttpStatus.BAD_REQUEST);
		}
		if (correctedName.length() > 50) {
			throw new HealthCodeException("NAME_INVALID", HttpStatus.BAD_REQUEST);
		}
		return new FileAppeal(subject, parsed, details, correctedName);
	}

}
