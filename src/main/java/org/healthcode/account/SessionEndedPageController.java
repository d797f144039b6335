package org.healthcode.account;

import jakarta.servlet.http.HttpSession;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where a post that came after its session ended is answered
 * ({@link SessionEndedHandler}): a page that says what happened and leads back to the
 * form, after logging in again if needed. The fields typed are handed to the page's
 * script, which puts them back into the form.
 */
@Controller
class SessionEndedPageController {

	static final String RETURN_AFTER_LOGIN = "account.returnAfterLogin";

	private final JsonMapper json;

	SessionEndedPageController(JsonMapper json) {
		this.json = json;
	}

	@GetMapping("/session-ended")
	String sessionEnded(@AuthenticationPrincipal AccountPrincipal me, HttpSession session, Model model) {
		SessionEnded ended = SessionEnded.from(session);
		if (ended == null) {
			return "redirect:/";
		}
		session.removeAttribute(SessionEnded.ATTRIBUTE);
		boolean signedIn = me != null && (ended.staff() ? me.staff() : me.resident());
		if (!signedIn) {
			session.setAttribute(RETURN_AFTER_LOGIN, ended.returnPath());
		}
		model.addAttribute("signedIn", signedIn);
		model.addAttribute("next", signedIn ? ended.returnPath() : ended.loginPath());
		model.addAttribute("action", ended.action());
		model.addAttribute("fields", this.json.writeValueAsString(ended.fields()));
		model.addAttribute("kept", !ended.fields().isEmpty());
		return "account/session-ended";
	}

	/** The page to return to after logging in, once; null if none. */
	static String takeReturnPath(HttpSession session) {
		Object path = session.getAttribute(RETURN_AFTER_LOGIN);
		session.removeAttribute(RETURN_AFTER_LOGIN);
		return path instanceof String local && local.startsWith("/") && !local.startsWith("//") ? local : null;
	}

}
