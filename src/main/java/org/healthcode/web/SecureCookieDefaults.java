package org.healthcode.web;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code healthcode.web.secure-cookies} defaults to on in PRODUCTION mode and off in DEMO
 * (which runs on plain {@code http://localhost}); the session cookie follows it unless
 * {@code server.servlet.session.cookie.secure} is set — whichever store keeps the
 * sessions reads that property. Explicit settings always win: these defaults come last.
 */
public class SecureCookieDefaults implements EnvironmentPostProcessor {

	static final String SECURE_COOKIES = "healthcode.web.secure-cookies";

	static final String SESSION_COOKIE_SECURE = "server.servlet.session.cookie.secure";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> defaults = new HashMap<>();
		if (!environment.containsProperty(SECURE_COOKIES)) {
			String mode = environment.getProperty("healthcode.mode", "DEMO");
			defaults.put(SECURE_COOKIES, Boolean.toString("PRODUCTION".equalsIgnoreCase(mode.strip())));
		}
		if (!environment.containsProperty(SESSION_COOKIE_SECURE)) {
			defaults.put(SESSION_COOKIE_SECURE, "${" + SECURE_COOKIES + "}");
		}
		environment.getPropertySources().addLast(new MapPropertySource("healthcode-secure-cookie-defaults", defaults));
	}

}
