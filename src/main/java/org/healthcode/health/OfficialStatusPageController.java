package org.healthcode.health;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.health.HealthStatusApiController.SetStatusRequest;
import org.healthcode.health.HealthStatusApiController.StatusView;
import org.healthcode.person.PersonService;
import org.healthcode.support.DisplayZone;
import org.healthcode.support.HealthCodeException;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The officials' form to set a person's status by ID number. The colour follows from the
 * reason's rule unless the official picks another and confirms the override; colours the
 * rule forbids are refused. After saving, the form is empty again but keeps the reason
 * (officials often mark several people for the same reason).
 */
@Controller
class OfficialStatusPageController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(DisplayZone.ZONE);

	private final PersonService persons;

	private final HealthService health;

	private final Clock clock;

	OfficialStatusPageController(PersonService persons, HealthService health, Clock clock) {
		this.persons = persons;
		this.health = health;
		this.clock = clock;
	}

	@GetMapping("/official/health-status")
	String form(Model model) {
		return page(model, StatusForm.EMPTY);
	}

	@PostMapping("/official/health-status")
	String setStatus(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "") String idNumber,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String color,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String note,
			@RequestParam(defaultValue = "false") boolean confirmOverride, Model model) {
		StatusForm form = new StatusForm(limit(idNumber, 30), limit(name, 60), parse(Color.class, color),
				parse(StatusReason.class, reason), limit(note, 200), confirmOverride);
		try {
			StatusView result = HealthStatusApiController.apply(this.persons, this.health, this.clock, me,
					form.toRequest(this.health));
			model.addAttribute("result", result);
			if (result.expiresAt() != null) {
				model.addAttribute("resultExpiresAt", TIME.format(result.expiresAt()));
			}
			return page(model, StatusForm.after(form));
		}
		catch (HealthCodeException ex) {
			model.addAttribute("problem", ex.messageKey());
			model.addAttribute("problemArg", ex.messageArgs().length > 0 ? ex.messageArgs()[0] : null);
			return page(model, form);
		}
	}

	private String page(Model model, StatusForm form) {
		model.addAttribute("form", form);
		model.addAttribute("colors", Color.values());
		model.addAttribute("reasons", Arrays.stream(StatusReason.values()).filter(r -> !r.systemOnly()).toList());
		model.addAttribute("rules",
				Arrays.stream(StatusReason.values()).filter(r -> !r.systemOnly()).map(this.health::rule).toList());
		return "health/official-status";
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		try {
			return value.isBlank() ? null : Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String limit(String value, int max) {
		return value.length() > max ? value.substring(0, max) : value;
	}

	/**
	 * The form as typed. {@code color} null means "as the rule says".
	 */
	record StatusForm(String idNumber, String name, Color color, StatusReason reason, String note,
			boolean confirmOverride) {

		static final StatusForm EMPTY = new StatusForm("", "", null, null, "", false);

		/** After a save: a new person, the same reason, the rule's colour. */
		static StatusForm after(StatusForm saved) {
			return new StatusForm("", "", null, saved.reason(), "", false);
		}

		SetStatusRequest toRequest(HealthService health) {
			if (this.reason == null) {
				throw new HealthCodeException("STATUS_REASON_REQUIRED", HttpStatus.BAD_REQUEST);
			}
			StatusRule rule = health.rule(this.reason);
			Color chosen = this.color != null ? this.color : rule.initialColor()
				.orElseThrow(() -> new HealthCodeException("STATUS_COLOR_REQUIRED", HttpStatus.BAD_REQUEST));
			if (!rule.allows(chosen)) {
				throw new HealthCodeException("STATUS_COLOR_NOT_ALLOWED", HttpStatus.BAD_REQUEST);
			}
			if (rule.overrides(chosen) && !this.confirmOverride) {
				throw new HealthCodeException("STATUS_OVERRIDE_UNCONFIRMED", HttpStatus.BAD_REQUEST);
			}
			return new SetStatusRequest(this.idNumber, this.name, chosen, this.reason, this.note);
		}

		/** Whether the override confirmation must be offered for what was chosen. */
		public boolean needsConfirmation(List<StatusRule> rules) {
			return this.color != null && this.reason != null
					&& rules.stream().anyMatch(rule -> rule.reason() == this.reason && rule.overrides(this.color));
		}

		@Override
		public String toString() {
			return "StatusForm[color=" + this.color + ", reason=" + this.reason + "]";
		}

	}

}
