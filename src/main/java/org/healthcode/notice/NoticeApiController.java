package org.healthcode.notice;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.healthcode.account.AccountPrincipal;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me/notices")
@Tag(name = "Notices", description = "What the signed-in resident was told about their own or their companions' codes")
class NoticeApiController {

	private final NoticeService notices;

	NoticeApiController(NoticeService notices) {
		this.notices = notices;
	}

	/** The newest notices first, advice in the request's language. */
	@GetMapping
	List<Notice> list(@AuthenticationPrincipal AccountPrincipal me) {
		return this.notices.list(me.accountId(), LocaleContextHolder.getLocale());
	}

	/** Marks one of the resident's notices read; another's answers 404. */
	@PostMapping("/{id}/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void read(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		this.notices.markRead(me.accountId(), id);
	}

}
