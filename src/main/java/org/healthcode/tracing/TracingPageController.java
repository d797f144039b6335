package org.healthcode.tracing;

import java.time.Clock;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.support.HealthCodeException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The tracing console page: an ID number and a period in a POST form, then the trajectory
 * or the contacts (selectable for bulk marking, exportable as CSV). Works without script.
 */
@Controller
class TracingPageController {

	private final TracingConsole console;

	private final ContactExport export;

	private final Clock clock;

	TracingPageController(TracingConsole console, ContactExport export, Clock clock) {
		this.console = console;
		this.export = export;
		this.clock = clock;
	}

	@GetMapping("/official/tracing")
	String console(Model model) {
		return this.console.page(model, TracingForm.empty(this.clock));
	}

	@PostMapping("/official/tracing")
	String query(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "") String idNumber,
			@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			@RequestParam(defaultValue = "") String windowMinutes,
			@RequestParam(defaultValue = "false") boolean secondDegree,
			@RequestParam(defaultValue = "contacts") String action, Model model) {
		return this.console.show(me, new TracingForm(idNumber, from, to, windowMinutes, secondDegree), action, model);
	}

	/**
	 * The contacts as CSV; with {@code full}, the stated reason is required and audited.
	 * A refusal (no reason...) shows the console again with the contacts and the reason
	 * next to the export form.
	 */
	@PostMapping("/official/tracing/export")
	Object exportCsv(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "") String idNumber,
			@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			@RequestParam(defaultValue = "") String windowMinutes,
			@RequestParam(defaultValue = "false") boolean secondDegree,
			@RequestParam(defaultValue = "false") boolean full, @RequestParam(defaultValue = "") String reason,
			Model model) {
		TracingForm form = new TracingForm(idNumber, from, to, windowMinutes, secondDegree);
		String stated = TracingForm.limit(reason, ContactExport.REASON_MAX + 1);
		try {
			byte[] csv = this.export.csv(me, form.idNumber(), form.fromInstant(), form.toInstant(), form.window(),
					form.secondDegree(), full, stated, LocaleContextHolder.getLocale());
			return TracingApiController.csvResponse(csv);
		}
		catch (HealthCodeException ex) {
			TracingConsole.problem(model, "exportProblem", ex);
			model.addAttribute("exportFull", full);
			model.addAttribute("exportReason", stated);
			return this.console.show(me, form, "contacts", model);
		}
	}

}
