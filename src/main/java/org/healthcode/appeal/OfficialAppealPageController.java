package org.healthcode.appeal;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.appeal.AppealDecision.Outcome;
import org.healthcode.health.Color;
import org.healthcode.support.DisplayZone;
import org.healthcode.support.HealthCodeException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The officials' appeal desk (desk layout): the queue, a case, its decision. */
@Controller
class OfficialAppealPageController {

	private final AppealDesk desk;

	private final AppealDecisions decisions;

	OfficialAppealPageController(AppealDesk desk, AppealDecisions decisions) {
		this.desk = desk;
		this.decisions = decisions;
	}

	@GetMapping("/official/appeals")
	String queue(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "OPEN") String state,
			@RequestParam(defaultValue = "") String reason, Model model) {
		String shown = AppealApiController.STATES.contains(state) ? state : "OPEN";
		AppealReason only = parse(reason);
		model.addAttribute("entries", this.desk.queue(me, shown, only));
		model.addAttribute("state", shown);
		model.addAttribute("reason", only);
		model.addAttribute("reasons", AppealReason.values());
		model.addAttribute("zone", DisplayZone.ZONE);
		return "appeal/queue";
	}

	@GetMapping("/official/appeals/{id}")
	String caseOf(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		model.addAttribute("appeal", this.desk.caseOf(me, id));
		model.addAttribute("colors", Color.values());
		model.addAttribute("zone", DisplayZone.ZONE);
		return "appeal/case";
	}

	@GetMapping("/official/appeals/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@PathVariable long attachmentId) {
		return AppealApiController.download(this.desk.attachment(me, id, attachmentId), attachmentId);
	}

	@PostMapping("/official/appeals/{id}/decision")
	String decide(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(defaultValue = "") String decision, @RequestParam(defaultValue = "") String color,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect, Model model) {
		try {
			Outcome outcome = "REJECT".equals(decision) ? Outcome.REJECT : Outcome.APPROVE;
			Color chosen = color.isBlank() ? null : Color.valueOf(color);
			String text = note.isBlank() ? null : note.strip().substring(0, Math.min(500, note.strip().length()));
			this.decisions.decide(me, id, new AppealDecision(outcome, text, chosen));
			redirect.addFlashAttribute("decided", true);
			return "redirect:/official/appeals/" + id;
		}
		catch (IllegalArgumentException ex) {
			return "redirect:/official/appeals/" + id;
		}
		catch (HealthCodeException ex) {
			model.addAttribute("problem", ex.messageKey());
			model.addAttribute("problemArg", ex.messageArgs().length > 0 ? ex.messageArgs()[0] : "");
			model.addAttribute("problemCode", ex.code());
			return caseOf(me, id, model);
		}
	}

	private static AppealReason parse(String reason) {
		try {
			return reason.isBlank() ? null : AppealReason.valueOf(reason);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
