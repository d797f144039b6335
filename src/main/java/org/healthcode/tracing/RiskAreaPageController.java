package org.healthcode.tracing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.healthcode.account.AccountPrincipal;
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
 * The officials' risk-area console (desk layout): designate, follow the marking on the
 * bulk-marking progress page, withdraw.
 */
@Controller
class RiskAreaPageController {

	private final RiskAreaService areas;

	private final RiskAreaWithdrawal withdrawal;

	RiskAreaPageController(RiskAreaService areas, RiskAreaWithdrawal withdrawal) {
		this.areas = areas;
		this.withdrawal = withdrawal;
	}

	@GetMapping("/official/risk-areas")
	String page(Model model) {
		return show(model);
	}

	@PostMapping("/official/risk-areas")
	String designate(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "HIGH") String level,
			@RequestParam(defaultValue = "") String divisionCode, @RequestParam(defaultValue = "") String venueIds,
			@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			@RequestParam(defaultValue = "") String reason, Model model) {
		try {
			RiskLevel parsedLevel = "MEDIUM".equals(level) ? RiskLevel.MEDIUM : RiskLevel.HIGH;
			RiskArea area = this.areas.designate(me,
					new DesignateRiskArea(parsedLevel, divisionCode.isBlank() ? null : divisionCode.strip(),
							venues(venueIds), instant(from), instant(to), reason));
			return "redirect:/official/tracing/jobs/" + area.marking().id();
		}
		catch (HealthCodeException ex) {
			TracingConsole.problem(model, "problem", ex);
			model.addAttribute("form", new Form(level, divisionCode, venueIds, from, to, reason));
			return show(model);
		}
	}

	@PostMapping("/official/risk-areas/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect, Model model) {
		try {
			RiskArea area = this.withdrawal.withdraw(me, id,
					note.isBlank() ? null : note.strip().substring(0, Math.min(200, note.strip().length())));
			redirect.addFlashAttribute("withdrawn", area.reverted());
			return "redirect:/official/risk-areas";
		}
		catch (HealthCodeException ex) {
			TracingConsole.problem(model, "problem", ex);
			return show(model);
		}
	}

	private String show(Model model) {
		model.addAttribute("areas", this.areas.list());
		model.addAttribute("zone", DisplayZone.ZONE);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new Form("HIGH", "", "", "", "", ""));
		}
		return "tracing/risk-areas";
	}

	/** A {@code datetime-local} value in Asia/Shanghai. */
	private static Instant instant(String value) {
		try {
			return LocalDateTime.parse(value.strip()).atZone(DisplayZone.ZONE).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new HealthCodeException("RISK_AREA_PERIOD_INVALID", HttpStatus.BAD_REQUEST);
		}
	}

	private static List<Long> venues(String text) {
		List<Long> ids = new ArrayList<>();
		for (String part : text.split("[,，\\s]+")) {
			if (part.isEmpty()) {
				continue;
			}
			if (!part.chars().allMatch(c -> c >= '0' && c <= '9') || part.length() > 18) {
				throw new HealthCodeException("RISK_AREA_VENUE_UNKNOWN", HttpStatus.BAD_REQUEST);
			}
			ids.add(Long.parseLong(part));
		}
		return ids;
	}

	/** What was typed, shown again after a problem. */
	record Form(String level, String divisionCode, String venueIds, String from, String to, String reason) {
	}

}
