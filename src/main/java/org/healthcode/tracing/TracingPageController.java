package org.healthcode.tracing;

import java.time.Clock;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.health.Color;
import org.healthcode.health.StatusReason;
import org.healthcode.support.DisplayZone;
import org.healthcode.support.HealthCodeException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The tracing console page: an ID number and a period in a POST form, then the trajectory
 * (a timeline) or the contacts (selectable for bulk marking, exportable as CSV). Works
 * without script.
 */
@Controller
class TracingPageController {

	private final TracingService tracing;

	private final ContactExport export;

	private final Clock clock;

	TracingPageController(TracingService tracing, ContactExport export, Clock clock) {
		this.tracing = tracing;
		this.export = export;
		this.clock = clock;
	}

	@GetMapping("/official/tracing")
	String console(Model model) {
		return page(model, TracingForm.empty(this.clock));
	}

	@PostMapping("/official/tracing")
	String query(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "") String idNumber,
			@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			@RequestParam(defaultValue = "") String windowMinutes,
			@RequestParam(defaultValue = "false") boolean secondDegree,
			@RequestParam(defaultValue = "contacts") String action, Model model) {
		TracingForm form = new TracingForm(idNumber, from, to, windowMinutes, secondDegree);
		try {
			if ("trajectory".equals(action)) {
				model.addAttribute("trajectory",
						this.tracing.trajectory(me, form.idNumber(), form.fromInstant(), form.toInstant()));
			}
			else {
				model.addAttribute("contacts", this.tracing.contacts(me, form.idNumber(), form.fromInstant(),
						form.toInstant(), form.window(), form.secondDegree()));
			}
		}
		catch (HealthCodeException ex) {
			problem(model, ex);
		}
		return page(model, form);
	}

	/**
	 * The contacts as CSV; with {@code full}, a purpose from the list is required and
	 * audited (with the note, encrypted). A refusal (no reason, bad period...) shows the
	 * error page with its reason.
	 */
	@PostMapping("/official/tracing/export")
	ResponseEntity<byte[]> exportCsv(@AuthenticationPrincipal AccountPrincipal me,
			@RequestParam(defaultValue = "") String idNumber, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "") String windowMinutes,
			@RequestParam(defaultValue = "false") boolean secondDegree,
			@RequestParam(defaultValue = "false") boolean full, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "") String note) {
		TracingForm form = new TracingForm(idNumber, from, to, windowMinutes, secondDegree);
		byte[] csv = this.export.csv(me, form.idNumber(), form.fromInstant(), form.toInstant(), form.window(),
				form.secondDegree(), full, purpose(reason), TracingForm.limit(note, ContactExport.NOTE_MAX + 1),
				LocaleContextHolder.getLocale());
		return TracingApiController.csvResponse(csv);
	}

	private static ExportPurpose purpose(String value) {
		for (ExportPurpose purpose : ExportPurpose.values()) {
			if (purpose.name().equals(value)) {
				return purpose;
			}
		}
		return null;
	}

	private String page(Model model, TracingForm form) {
		model.addAttribute("form", form);
		model.addAttribute("zone", DisplayZone.ZONE);
		model.addAttribute("markColors", MarkingService.COLORS);
		model.addAttribute("markReasons", MarkingService.REASONS);
		model.addAttribute("defaultColor", Color.YELLOW);
		model.addAttribute("defaultReason", StatusReason.CLOSE_CONTACT);
		model.addAttribute("exportPurposes", ExportPurpose.values());
		return "tracing/console";
	}

	static void problem(Model model, HealthCodeException ex) {
		Object[] args = ex.messageArgs();
		model.addAttribute("problem", ex.messageKey());
		model.addAttribute("problemArg", args.length > 0 ? args[0] : "");
		model.addAttribute("problemCode", ex.code());
	}

}
