package org.healthcode.notice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.healthcode.account.AccountPrincipal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts a signed-in resident's count of unread notices ({@code unreadNotices}) on the home
 * page, for its badge; other pages do not pay for the query.
 */
@Component
class NoticeBadge implements HandlerInterceptor, WebMvcConfigurer {

	private final NoticeService notices;

	NoticeBadge(NoticeService notices) {
		this.notices = notices;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (view != null && "home".equals(view.getViewName()) && authentication != null
				&& authentication.getPrincipal() instanceof AccountPrincipal me && me.resident()) {
			view.addObject("unreadNotices", this.notices.unread(me.accountId()));
		}
	}

}
