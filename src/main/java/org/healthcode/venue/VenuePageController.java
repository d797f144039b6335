package org.healthcode.venue;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.support.DisplayZone;
import org.healthcode.support.HealthCodeException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The manager's pages: apply for a venue code, my venues, one venue with its poster, its
 * guards and the suspend / reactivate / regenerate actions. Errors of the form are shown
 * next to their fields.
 */
@Controller
class VenuePageController {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(DisplayZone.ZONE);

	private final VenueService venues;

	private final Divisions divisions;

	private final Validator validator;

	private final VenueApplicationReader reader;

	private final MessageSource messages;

	private final ObjectProvider<VenueActivity> activity;

	private final VenueEntrances entrances;

	private final VenueStaffService staff;

	VenuePageController(VenueService venues, Divisions divisions, Validator validator, VenueApplicationReader reader,
			MessageSource messages, ObjectProvider<VenueActivity> activity, VenueEntrances entrances,
			VenueStaffService staff) {
		this.staff = staff;
		this.activity = activity;
		this.entrances = entrances;
		this.venues = venues;
		this.divisions = divisions;
		this.validator = validator;
		this.reader = reader;
		this.messages = messages;
	}

	@GetMapping("/venues")
	String list(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		model.addAttribute("venues", this.venues.mine(me.accountId()));
		model.addAttribute("staffed", this.staff.staffedBy(me.accountId()));
		return "venue/list";
	}

	@GetMapping("/venues/apply")
	String applyForm(Model model) {
		return showForm(model, new VenueForm(), Map.of(), false);
	}

	@PostMapping("/venues/apply")
	String apply(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("form") VenueForm form, Model model,
			Locale locale, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		form.unreadableNumbers().forEach(field -> errors.put(field, text("venue.form.notANumber", locale)));
		if (errors.isEmpty()) {
			ApplyVenueRequest request = form.toRequest();
			for (ConstraintViolation<ApplyVenueRequest> violation : this.validator.validate(request)) {
				errors.putIfAbsent(VenueForm.FIELDS.getOrDefault(violation.getPropertyPath().toString(), "form"),
						violation.getMessage());
			}
			this.reader.problems(request)
				.forEach((property, problem) -> errors.putIfAbsent(VenueForm.FIELDS.getOrDefault(property, "form"),
						this.messages.getMessage(problem.messageKey(), problem.messageArgs(), locale)));
			if (errors.isEmpty()) {
				try {
					VenueView venue = this.venues.apply(me.accountId(), request);
					redirect.addFlashAttribute("notice", "venue.notice.created");
					return "redirect:/venues/" + venue.id();
				}
				catch (HealthCodeException ex) {
					if ("VENUE_DUPLICATE".equals(ex.code())) {
						return showForm(model, form, errors, true);
					}
					errors.put("form", this.messages.getMessage(ex.messageKey(), ex.messageArgs(), locale));
				}
			}
		}
		return showForm(model, form, errors, false);
	}

	@GetMapping("/venues/{id}")
	String detail(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		VenueView venue = this.venues.get(me.accountId(), id);
		model.addAttribute("venue", venue);
		model.addAttribute("createdAt", SHOWN.format(venue.createdAt()));
		model.addAttribute("entrances", this.entrances.list(me.accountId(), id));
		model.addAttribute("staff", this.staff.list(me.accountId(), id));
		this.activity.ifAvailable(activity -> model.addAttribute("today", activity.today(me.accountId(), id)));
		model.addAttribute("zone", DisplayZone.ZONE);
		return "venue/detail";
	}

	@PostMapping("/venues/{id}/suspend")
	String suspend(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		this.venues.suspend(me.accountId(), id);
		return back(id, "venue.notice.suspended", redirect);
	}

	@PostMapping("/venues/{id}/reactivate")
	String reactivate(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			RedirectAttributes redirect) {
		this.venues.reactivate(me.accountId(), id);
		return back(id, "venue.notice.reactivated", redirect);
	}

	@PostMapping("/venues/{id}/regenerate")
	String regenerate(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			RedirectAttributes redirect) {
		this.venues.regenerate(me.accountId(), id);
		return back(id, "venue.notice.regenerated", redirect);
	}

	@GetMapping("/venues/{id}/poster.png")
	ResponseEntity<byte[]> posterPng(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return VenueApiController.poster(this.venues.posterPng(me.accountId(), id), MediaType.IMAGE_PNG,
				"venue-" + id + ".png");
	}

	@GetMapping("/venues/{id}/poster.pdf")
	ResponseEntity<byte[]> posterPdf(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return VenueApiController.poster(this.venues.posterPdf(me.accountId(), id), MediaType.APPLICATION_PDF,
				"venue-" + id + ".pdf");
	}

	/**
	 * Someone else's or an unknown venue: the friendly error page with the problem's
	 * status.
	 */
	@ExceptionHandler(HealthCodeException.class)
	ModelAndView problem(HealthCodeException ex) {
		String messageKey = "VENUE_NOT_FOUND".equals(ex.code()) ? "error.404" : ex.messageKey();
		return new ModelAndView("error", Map.of("status", ex.status().value(), "messageKey", messageKey), ex.status());
	}

	private String showForm(Model model, VenueForm form, Map<String, String> errors, boolean duplicate) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("duplicate", duplicate);
		model.addAttribute("categories", List.of(VenueCategory.values()));
		model.addAttribute("cities",
				this.divisions.cities()
					.stream()
					.map(city -> new CityOption(city, this.divisions.childrenOf(city.code())))
					.toList());
		return "venue/apply";
	}

	private static String back(long id, String notice, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/venues/" + id;
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	record CityOption(Division city, List<Division> districts) {
	}

}
