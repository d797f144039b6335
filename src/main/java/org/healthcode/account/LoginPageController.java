package org.healthcode.account;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.healthcode.account.SmsSender.SmsTemplate;
import org.healthcode.identity.PhoneNumber;
import org.healthcode.support.HealthCodeException;
import org.healthcode.support.HealthCodeProperties;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Login pages. Residents: phone → SMS code → signed in (two steps; the phone waits in the
 * session, never in a URL). Staff: username + password. Afterwards people return to the
 * page that sent them.
 */
@Controller
class LoginPageController {

	private static final String PENDING_PHONE = "login.pendingPhone";

	private final OtpService otp;

	private final AccountService accounts;

	private final OutboxSmsSender outbox;

	private final HealthCodeProperties platform;

	private final HttpSessionSecurityContextRepository contexts;

	private final RequestCache requestCache;

	private final List<SignInDestination> destinations;

	LoginPageController(OtpService otp, AccountService accounts, OutboxSmsSender outbox, HealthCodeProperties platform,
			HttpSessionSecurityContextRepository contexts, RequestCache requestCache,
			List<SignInDestination> destinations) {
		this.destinations = destinations;
		this.otp = otp;
		this.accounts = accounts;
		this.outbox = outbox;
		this.platform = platform;
		this.contexts = contexts;
		this.requestCache = requestCache;
	}

	@GetMapping("/login")
	String residentLogin(HttpSession session, Model model) {
		Object pending = session.getAttribute(PENDING_PHONE);
		if (pending instanceof String phone) {
			PhoneNumber number = new PhoneNumber(phone);
			model.addAttribute("maskedPhone", number.masked());
			int left = this.otp.guessesLeft(number);
			model.addAttribute("guessesLeft", left);
			// in a demo the code stays on the page (after a wrong guess, a language
			// switch or a reload) for as long as it can be used
			if (this.platform.demo() && left > 0) {
				this.outbox.latest(number, SmsTemplate.LOGIN_CODE)
					.ifPresent(parameters -> model.addAttribute("demoCode", parameters.get("code")));
			}
		}
		model.addAttribute("demo", this.platform.demo());
		return "account/login";
	}

	/** A new code for the phone waiting in the session (the old one is used up). */
	@PostMapping("/login/resend")
	String resend(HttpServletRequest request, HttpSession session, Model model, RedirectAttributes redirect) {
		if (!(session.getAttribute(PENDING_PHONE) instanceof String phone)) {
			return "redirect:/login";
		}
		return sendCode(phone, request, session, model, redirect);
	}

	@PostMapping("/login/code")
	String sendCode(@RequestParam(defaultValue = "") String phone, HttpServletRequest request, HttpSession session,
			Model model, RedirectAttributes redirect) {
		try {
			PhoneNumber number = PhoneNumber.parse(phone);
			this.otp.sendCode(number, request.getRemoteAddr());
			session.setAttribute(PENDING_PHONE, number.value());
			redirect.addFlashAttribute("codeSent", true);
			return "redirect:/login";
		}
		catch (HealthCodeException ex) {
			showProblem(model, ex);
			return residentLogin(session, model);
		}
	}

	@PostMapping("/login")
	String verifyCode(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, HttpSession session, Model model) {
		if (!(session.getAttribute(PENDING_PHONE) instanceof String phone)) {
			return "redirect:/login";
		}
		try {
			AccountPrincipal principal = this.accounts.signInResident(new PhoneNumber(phone), code);
			session.removeAttribute(PENDING_PHONE);
			return signIn(principal, request, response);
		}
		catch (HealthCodeException ex) {
			showProblem(model, ex);
			return residentLogin(session, model);
		}
	}

	@PostMapping("/login/restart")
	String restart(HttpSession session) {
		session.removeAttribute(PENDING_PHONE);
		return "redirect:/login";
	}

	@GetMapping("/staff/login")
	String staffLogin() {
		return "account/staff-login";
	}

	@PostMapping("/staff/login")
	String staffSignIn(@RequestParam(defaultValue = "") String username,
			@RequestParam(defaultValue = "") String password, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		try {
			return signIn(this.accounts.signInStaff(username, password), request, response);
		}
		catch (HealthCodeException ex) {
			showProblem(model, ex);
			model.addAttribute("username", username.length() > 40 ? "" : username);
			return "account/staff-login";
		}
	}

	/** A saved request's URL is absolute: only its path and query are followed. */
	static String localPath(String url) {
		try {
			URI uri = URI.create(url);
			String path = uri.getRawPath();
			if (path == null || !path.startsWith("/") || path.startsWith("//")) {
				return "/";
			}
			return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
		}
		catch (IllegalArgumentException ex) {
			return "/";
		}
	}

	private static void showProblem(Model model, HealthCodeException ex) {
		model.addAttribute("problem", ex.messageKey());
		Object[] args = ex.messageArgs();
		model.addAttribute("problemArg", args.length > 0 ? args[0] : null);
	}

	private String signIn(AccountPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(PrincipalAuthentication.of(principal));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		SavedRequest saved = this.requestCache.getRequest(request, response);
		this.requestCache.removeRequest(request, response);
		String back = SessionEndedPageController.takeReturnPath(request.getSession());
		String target = back != null ? back : saved != null ? saved.getRedirectUrl() : "/";
		String local = localPath(target);
		for (SignInDestination destination : this.destinations) {
			local = destination.after(principal, local, request.getSession());
		}
		return "redirect:" + local;
	}

}
