package org.healthcode.audit;

import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.support.DisplayZone;
import org.healthcode.support.HealthCodeException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The administrators' audit page (ADMIN by the {@code /admin/**} convention). Filters are
 * posted, so an ID number searched for never lands in a URL, a log or the browser
 * history.
 */
@Controller
class AuditPageController {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(DisplayZone.ZONE);

	private final AuditService audit;

	AuditPageController(AuditService audit) {
		this.audit = audit;
	}

	/** The newest entries, unfiltered. */
	@GetMapping("/admin/audit")
	String latest(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		return show(me, new AuditForm(null, null, null, null, null, null, null), model);
	}

	@PostMapping("/admin/audit")
	String search(@AuthenticationPrincipal AccountPrincipal me, AuditForm form, Model model) {
		return show(me, form, model);
	}

	private String show(AccountPrincipal me, AuditForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("roles", AuditFilters.ROLES.stream().sorted().toList());
		model.addAttribute("actions", this.audit.actions());
		try {
			AuditSearchResult result = this.audit.search(form.toFilter(), me.accountId());
			model.addAttribute("result", result);
			model.addAttribute("times",
					result.items()
						.stream()
						.collect(Collectors.toMap(AuditSearchResult.Item::id, item -> TIME.format(item.at()))));
		}
		catch (HealthCodeException ex) {
			model.addAttribute("problem", ex.messageKey());
			model.addAttribute("problemArgs", ex.messageArgs());
		}
		return "audit/audit";
	}

	/**
	 * The form as typed; the ID number is re-shown only in the posted page's form field.
	 */
	record AuditForm(String from, String to, String actorRole, String actorAccountId, String action, String idNumber,
			String page) {

		AuditFilter toFilter() {
			return AuditFilters.fromText(this.from, this.to, this.actorRole, this.actorAccountId, this.action,
					this.idNumber, this.page, null);
		}

		@Override
		public String toString() {
			return "AuditForm[page=" + this.page + "]";
		}

	}

}
