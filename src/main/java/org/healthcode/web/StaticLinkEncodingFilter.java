package org.healthcode.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Fingerprints the links of pages to static files ({@code /css/app-<hash>.css}) as
 * Spring's {@link ResourceUrlEncodingFilter} does, but only for links under the static
 * folders. Spring's filter looks every link of a page up in the resource chain, and a
 * link to a page ({@code /me/profile}) is a miss that is not cached, so each render
 * searched the classpath for every link: 9 % of the scan page flow's CPU (async-profiler,
 * bench/RESULTS.md). Replaces the filter Spring Boot would register for Thymeleaf.
 */
class StaticLinkEncodingFilter extends ResourceUrlEncodingFilter {

	/** Where static files are served from (src/main/resources/static and the webjars). */
	static final List<String> STATIC_FOLDERS = List.of("/css/", "/js/", "/img/", "/webjars/");

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!(request instanceof HttpServletRequest page) || !(response instanceof HttpServletResponse plain)) {
			chain.doFilter(request, response);
			return;
		}
		String contextPath = page.getContextPath();
		super.doFilter(request, response, (wrappedRequest, fingerprinting) -> chain.doFilter(wrappedRequest,
				new StaticOnly((HttpServletResponse) fingerprinting, plain, contextPath)));
	}

	static boolean isStatic(String url, String contextPath) {
		if (!url.startsWith(contextPath)) {
			return false;
		}
		String path = url.substring(contextPath.length());
		return STATIC_FOLDERS.stream().anyMatch(path::startsWith);
	}

	/**
	 * Sends links under the static folders to the fingerprinting response, others past
	 * it.
	 */
	private static final class StaticOnly extends HttpServletResponseWrapper {

		private final HttpServletResponse plain;

		private final String contextPath;

		StaticOnly(HttpServletResponse fingerprinting, HttpServletResponse plain, String contextPath) {
			super(fingerprinting);
			this.plain = plain;
			this.contextPath = contextPath;
		}

		@Override
		public String encodeURL(String url) {
			return isStatic(url, this.contextPath) ? super.encodeURL(url) : this.plain.encodeURL(url);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		/**
		 * As Spring Boot registers its own, under the type its condition looks for, so
		 * that Boot's filter backs off.
		 */
		@Bean
		FilterRegistrationBean<ResourceUrlEncodingFilter> staticLinkEncodingFilter() {
			FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
					new StaticLinkEncodingFilter());
			registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
			return registration;
		}

	}

}
