package org.healthcode.account;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Two filter chains. The API ({@code /api/**}, {@code /actuator/**}) is stateless with
 * bearer tokens, so it needs no CSRF protection. Pages use a session cookie and CSRF
 * tokens. URL conventions carry the coarse role rules; services check ownership of each
 * object.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({ AccountProperties.class, StaffBootstrapProperties.class })
class SecurityConfiguration {

	static final String[] PUBLIC_PAGES = { "/", "/login", "/login/**", "/staff/login", "/error", "/css/**", "/js/**",
			"/img/**", "/fonts/**", "/favicon.ico", "/session-ended", "/v3/api-docs", "/v3/api-docs/**",
			"/swagger-ui/**", "/swagger-ui.html", "/verify", "/verify/**" };

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	/**
	 * No tracing spans around each security filter: they cost more per request than the
	 * filters themselves, and requests are already timed as a whole
	 * ({@code http.server.requests}).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	HttpSessionSecurityContextRepository sessionSecurityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	/** The pages' CSRF tokens; login replaces the token ({@code LoginPageController}). */
	@Bean
	CsrfTokenRepository csrfTokenRepository() {
		return new HttpSessionCsrfTokenRepository();
	}

	@Bean
	RequestCache requestCache() {
		return new HttpSessionRequestCache();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, AccessTokenService tokens, JsonMapper json,
			MessageSource messages, LocaleResolver locales) throws Exception {
		ProblemSecurityHandlers problems = new ProblemSecurityHandlers(json, messages, locales);
		return http.securityMatcher("/api/**", "/actuator/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			.addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/api/v1/auth/**", "/api/v1/keys", "/api/v1/verify", "/api/v1/dev/**")
				.permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
				.permitAll()
				.requestMatchers("/actuator/**", "/api/v1/audit/**", "/api/v1/admin/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers("/api/v1/health-status/**", "/api/v1/tracing/**", "/api/v1/appeals/**",
						"/api/v1/entry-rules/**")
				.hasRole(Role.OFFICIAL.name())
				.requestMatchers("/api/v1/sampling/**")
				.hasRole(Role.SAMPLER.name())
				.requestMatchers("/api/v1/lab/**")
				.hasRole(Role.LAB.name())
				.requestMatchers("/api/v1/vaccinations/**")
				.hasRole(Role.VACCINATOR.name())
				.requestMatchers("/api/v1/me/**", "/api/v1/venues/**", "/api/v1/checkins/**")
				.hasRole(Role.RESIDENT.name())
				.anyRequest()
				.authenticated())
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, HttpSessionSecurityContextRepository contexts,
			RequestCache requestCache, CsrfTokenRepository csrfTokens) throws Exception {
		return http.securityContext(context -> context.securityContextRepository(contexts))
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
			.requestCache(cache -> cache.requestCache(requestCache))
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/"))
			.exceptionHandling(
					errors -> errors
						.authenticationEntryPoint((request, response,
								ex) -> response.sendRedirect(request.getContextPath()
										+ (staffArea(request.getServletPath()) ? "/staff/login" : "/login")))
						.accessDeniedHandler(new SessionEndedHandler()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; style-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; object-src 'none'; "
							+ "frame-ancestors 'none'; base-uri 'self'; form-action 'self'")))
			.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PAGES)
				.permitAll()
				.requestMatchers("/official/**")
				.hasRole(Role.OFFICIAL.name())
				.requestMatchers("/admin/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers("/sampling/**")
				.hasRole(Role.SAMPLER.name())
				.requestMatchers("/lab/**")
				.hasRole(Role.LAB.name())
				.requestMatchers("/vaccination/**")
				.hasRole(Role.VACCINATOR.name())
				.requestMatchers("/me/**", "/venues/**", "/s/**", "/checkins/**")
				.hasRole(Role.RESIDENT.name())
				.anyRequest()
				.authenticated())
			.build();
	}

	private static boolean staffArea(String path) {
		return path.startsWith("/official") || path.startsWith("/admin") || path.startsWith("/sampling")
				|| path.startsWith("/lab") || path.startsWith("/vaccination");
	}

}
