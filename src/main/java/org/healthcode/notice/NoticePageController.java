package org.healthcode.notice;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.support.DisplayZone;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The resident's notices page: newest first, unread ones marked, each can be marked read.
 */
@Controller
class NoticePageController {

	private final NoticeService notices;

	NoticePageController(NoticeService notices) {
		this.notices = notices;
	}

	@GetMapping("/me/notices")
	String page(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		model.addAttribute("notices", this.notices.list(me.accountId(), LocaleContextHolder.getLocale()));
		model.addAttribute("zone", DisplayZone.ZONE);
		return "notice/notices";
	}

	@PostMapping("/me/notices/{id}/read")
	String read(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		this.notices.markRead(me.accountId(), id);
		return "redirect:/me/notices";
	}

}
