package org.healthcode.web;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The link of the language switch on every page: the same page in the other language,
 * with its query kept (a date, a page number). A page shown in answer to a form post
 * switches on the page that holds the form (the post itself cannot be repeated by a
 * link); what was typed is carried over by {@code app.js}. A request attribute (a
 * template variable) set for page handlers only: as a {@code @ControllerAdvice} model
 * attribute it also ran on every JSON API call (3 % of a health-code read's CPU). Runs
 * after the language change of {@code ?lang=}, so it links to the language not shown.
 */
class LanguageSwitchInterceptor implements HandlerInterceptor {

	static final String ATTRIBUTE = "langSwitch";

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method
				&& !method.getBeanType().isAnnotationPresent(RestController.class)) {
			request.setAttribute(ATTRIBUTE, langSwitch(request, RequestContextUtils.getLocale(request)));
		}
		return true;
	}

	private static String langSwitch(HttpServletRequest request, Locale locale) {
		String other = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "zh-CN" : "en";
		String path = request.getRequestURI();
		String query = request.getQueryString();
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed) {
			path = failed;
			query = null;
		}
		else if (!"GET".equals(request.getMethod())) {
			URI referer = sameSiteReferer(request);
			path = referer != null ? referer.getRawPath() : request.getContextPath() + "/";
			query = referer != null ? referer.getRawQuery() : null;
		}
		return UriComponentsBuilder.fromPath(path)
			.query(query)
			.replaceQueryParam("lang", other)
			.build(true)
			.toUriString();
	}

	private static URI sameSiteReferer(HttpServletRequest request) {
		String header = request.getHeader("Referer");
		if (header == null) {
			return null;
		}
		try {
			URI referer = URI.create(header);
			boolean sameHost = request.getServerName().equalsIgnoreCase(referer.getHost());
			return sameHost && referer.getRawPath() != null && referer.getRawPath().startsWith("/") ? referer : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
