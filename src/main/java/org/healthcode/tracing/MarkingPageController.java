package org.healthcode.tracing;

import java.util.List;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.health.Color;
import org.healthcode.health.HealthService;
import org.healthcode.health.StatusReason;
import org.healthcode.health.StatusRule;
import org.healthcode.support.HealthCodeException;

import org.springframework.http.HttpStatus;
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
 * by hand without). The colour follows the reason's rule unless the official picks
 * another and confirms; a refusal comes back on the console with the contacts and the
 * selection kept.
 */
@Controller
class MarkingPageController {

	private final MarkingService marking;

	private final HealthService health;

	private final TracingConsole console;

	MarkingPageController(MarkingService marking, HealthService health, TracingConsole console) {
		this.marking = marking;
		this.health = health;
		this.console = console;
	}

	@PostMapping("/official/tracing/mark")
	String mark(@AuthenticationPrincipal AccountPrincipal me,
			@RequestParam(name = "personId", required = false) List<Long> personIds,
			@RequestParam(defaultValue = "") String color,
			@RequestParam(defaultValue = "CLOSE_CONTACT") StatusReason reason,
			@RequestParam(defaultValue = "false") boolean confirmOverride,
			@RequestParam(defaultValue = "") String idNumber, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String windowMinutes,
			@RequestParam(defaultValue = "false") boolean secondDegree, Model model) {
		List<Long> picked = personIds == null ? List.of() : personIds;
		Color chosen = parse(color);
		try {
			if (!color.isBlank() && chosen == null) {
				throw new HealthCodeException("TRACING_MARK_INVALID", HttpStatus.BAD_REQUEST);
			}
			StatusRule rule = this.health.rule(reason);
			Color applied = chosen != null ? chosen : rule.initialColor()
				.orElseThrow(() -> new HealthCodeException("TRACING_MARK_INVALID", HttpStatus.BAD_REQUEST));
			if (rule.overrides(applied) && !confirmOverride) {
				throw new HealthCodeException("STATUS_OVERRIDE_UNCONFIRMED", HttpStatus.BAD_REQUEST);
			}
			MarkingJob job = this.marking.start(me, picked, applied, reason);
			return "redirect:/official/tracing/jobs/" + job.id();
		}
		catch (HealthCodeException ex) {
			TracingConsole.problem(model, "markProblem", ex);
			model.addAttribute("picked", picked);
			model.addAttribute("markColor", chosen);
			model.addAttribute("markReason", reason);
			model.addAttribute("markConfirm", confirmOverride);
			return this.console.show(me, new TracingForm(idNumber, from, to, windowMinutes, secondDegree), "contacts",
					model);
		}
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

	/** The colour chosen; null for "as the rule says" or something unknown. */
	private static Color parse(String color) {
		try {
			return color.isBlank() ? null : Color.valueOf(color.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
