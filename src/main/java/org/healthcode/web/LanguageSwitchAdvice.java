package org.healthcode.web;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The link of the language switch on every page: the same page in the other language,
 * with its query kept (a date, a page number). A page shown in answer to a form post
 * switches on the page that holds the form (the post itself cannot be repeated by a
 * link); what was typed is carried over by {@code app.js}.
 */
@ControllerAdvice(annotations = Controller.class)
class LanguageSwitchAdvice {

	@ModelAttribute("langSwitch")
	String langSwitch(HttpServletRequest request, Locale locale) {
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
