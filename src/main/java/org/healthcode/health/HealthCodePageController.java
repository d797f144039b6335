package org.healthcode.health;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.person.PersonService;
import org.healthcode.support.DisplayZone;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The resident's health-code screen, and the JSON the screen fetches (with the session
 * cookie) to refresh its token before it expires. The QR travels as a data URI, never its
 * token in a URL.
 */
@Controller
class HealthCodePageController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(DisplayZone.ZONE);

	private final PersonService persons;

	private final HealthCodeService codes;

	private final MessageSource messages;

	private final HealthService health;

	private final StatusAdvice advice;

	HealthCodePageController(PersonService persons, HealthCodeService codes, MessageSource messages,
			HealthService health, StatusAdvice advice) {
		this.persons = persons;
		this.codes = codes;
		this.messages = messages;
		this.health = health;
		this.advice = advice;
	}

	@GetMapping("/me/health-code")
	String healthCode(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		if (this.persons.findByAccount(me.accountId()).isEmpty()) {
			return "redirect:/me/profile";
		}
		model.addAttribute("code", view(this.codes.issueForAccount(me.accountId())));
		model.addAttribute("advice", advice(this.health.current(this.persons.requireByAccount(me.accountId()).id())));
		return "health/health-code";
	}

	/** Why a YELLOW or RED code is so, what to do and until when; null otherwise. */
	private AdviceView advice(HealthStatus status) {
		if (status.color() == Color.GREEN || status.reason() == null) {
			return null;
		}
		Locale locale = LocaleContextHolder.getLocale();
		return new AdviceView(status.reason().name(), this.advice.advice(status, locale).orElse(null),
				this.advice.until(status).map(HealthCodePageController::format).orElse(null));
	}

	@GetMapping(path = "/me/health-code/data", produces = "application/json")
	@ResponseBody
	ResponseEntity<CodeScreen> data(@AuthenticationPrincipal AccountPrincipal me) {
		if (this.persons.findByAccount(me.accountId()).isEmpty()) {
			return ResponseEntity.status(HttpStatus.CONFLICT).build();
		}
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(view(this.codes.issueForAccount(me.accountId())));
	}

	private CodeScreen view(HealthCode code) {
		Locale locale = LocaleContextHolder.getLocale();
		String colorLabel = this.messages.getMessage("health.color." + code.color(), null, locale);
		String statusExpires = code.statusExpiresAt() == null ? null
				: this.messages
					.getMessage("health.code.changesAt",
							new Object[] { format(code.statusExpiresAt()),
									this.messages.getMessage("health.color." + code.nextColor(), null, locale) },
							locale);
		String qrAlt = this.messages.getMessage("health.code.qrAlt", new Object[] { colorLabel }, locale);
		return new CodeScreen(code.color(), colorLabel, code.maskedName(), code.maskedIdNumber(),
				QrImages.dataUri(code.token(), code.color()), qrAlt, code.refreshSeconds(),
				code.tokenExpiresAt().toEpochMilli(), code.updatedAt() == null ? null : format(code.updatedAt()),
				statusExpires, code.nat().state(), natLabel(code.nat(), locale), code.vaccination().state(),
				this.messages.getMessage("health.vaccination." + code.vaccination().state(), null, locale));
	}

	/** "24小时内 阴性", "检测中", "暂无记录"... as people knew them. */
	private String natLabel(NatSummary nat, Locale locale) {
		String key = (nat.state() == NatState.NEGATIVE) ? "health.nat.NEGATIVE." + nat.age()
				: "health.nat." + nat.state();
		return this.messages.getMessage(key, null, locale);
	}

	private static String format(Instant instant) {
		return TIME.format(instant);
	}

	/** The reason of a YELLOW or RED status, its advice and until when (formatted). */
	record AdviceView(String reason, String text, String until) {
	}

	/** Everything the screen shows, already localized and formatted for Asia/Shanghai. */
	record CodeScreen(Color color, String colorLabel, String maskedName, String maskedIdNumber, String qr, String qrAlt,
			long refreshSeconds, long expiresAtMillis, String updatedAt, String statusExpires, NatState natState,
			String natLabel, VaccinationState vaccinationState, String vaccinationLabel) {
	}

}
