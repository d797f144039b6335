package org.healthcode.web;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class SecureCookieDefaultsTests {

	@Test
	void productionDefaultsToSecureCookiesForTheSessionToo() {
		MockEnvironment environment = new MockEnvironment().withProperty("healthcode.mode", "PRODUCTION");

		new SecureCookieDefaults().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("healthcode.web.secure-cookies", Boolean.class)).isTrue();
		assertThat(environment.getProperty("server.servlet.session.cookie.secure", Boolean.class)).isTrue();
	}

	@Test
	void demoOnPlainHttpDefaultsToOrdinaryCookies() {
		MockEnvironment environment = new MockEnvironment();

		new SecureCookieDefaults().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("healthcode.web.secure-cookies", Boolean.class)).isFalse();
		assertThat(environment.getProperty("server.servlet.session.cookie.secure", Boolean.class)).isFalse();
	}

	@Test
	void explicitSettingsWin() {
		MockEnvironment environment = new MockEnvironment().withProperty("healthcode.mode", "PRODUCTION")
			.withProperty("healthcode.web.secure-cookies", "false")
			.withProperty("server.servlet.session.cookie.secure", "true");

		new SecureCookieDefaults().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("healthcode.web.secure-cookies", Boolean.class)).isFalse();
		assertThat(environment.getProperty("server.servlet.session.cookie.secure", Boolean.class)).isTrue();
	}

}
