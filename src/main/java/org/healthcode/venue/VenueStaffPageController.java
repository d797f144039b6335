package org.healthcode.venue;

import java.util.Map;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.support.HealthCodeException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The guards on the venue's detail page: the manager adds one by phone and removes one.
 * Each action redirects back to the list with its outcome as a one-time flash attribute,
 * so the typed phone stays out of the URL and the page.
 */
@Controller
class VenueStaffPageController {

	private final VenueStaffService staff;

	VenueStaffPageController(VenueStaffService staff) {
		this.staff = staff;
	}

	@PostMapping("/venues/{id}/staff")
	String add(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(defaultValue = "") String phone, RedirectAttributes redirect) {
		return act(id, redirect, "venue.staff.added", () -> this.staff.add(me.accountId(), id, phone));
	}

	@PostMapping("/venues/{id}/staff/{accountId}/remove")
	String remove(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable long accountId,
			RedirectAttributes redirect) {
		return act(id, redirect, "venue.staff.removed", () -> this.staff.remove(me.accountId(), id, accountId));
	}

	/** Someone else's or an unknown venue: the friendly 404 page. */
	@ExceptionHandler(HealthCodeException.class)
	ModelAndView problem(HealthCodeException ex) {
		return new ModelAndView("error", Map.of("status", ex.status().value(), "messageKey", "error.404"), ex.status());
	}

	private static String act(long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("staffNotice", done);
		}
		catch (HealthCodeException ex) {
			if ("VENUE_NOT_FOUND".equals(ex.code())) {
				// someone else's venue: the error page, not a message on a page they
				// cannot see
				throw ex;
			}
			redirect.addFlashAttribute("staffProblem", ex.messageKey());
			redirect.addFlashAttribute("staffProblemCode", ex.code());
		}
		return "redirect:/venues/" + id + "#staff";
	}

}
