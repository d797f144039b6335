package org.healthcode.tracing;

import java.util.List;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.health.Color;
import org.healthcode.health.StatusReason;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Bulk marking from the console: start it, then a progress page (refreshed by script, or
 * by hand without).
 */
@Controller
class MarkingPageController {

	private final MarkingService marking;

	MarkingPageController(MarkingService marking) {
		this.marking = marking;
	}

	@PostMapping("/official/tracing/mark")
	String mark(@AuthenticationPrincipal AccountPrincipal me,
			@RequestParam(name = "personId", required = false) List<Long> personIds,
			@RequestParam(defaultValue = "YELLOW") Color color,
			@RequestParam(defaultValue = "CLOSE_CONTACT") StatusReason reason) {
		MarkingJob job = this.marking.start(me, personIds == null ? List.of() : personIds, color, reason);
		return "redirect:/official/tracing/jobs/" + job.id();
	}

	@GetMapping("/official/tracing/jobs/{id}")
	String job(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		model.addAttribute("job", this.marking.job(me, id));
		return "tracing/job";
	}

	/** What the progress bar polls, with the page's session. */
	@GetMapping("/official/tracing/jobs/{id}/progress")
	@ResponseBody
	MarkingJob progress(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return this.marking.job(me, id);
	}

}
