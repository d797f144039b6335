package org.healthcode.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The whole application on a random port over the shared embedded PostgreSQL of the test
 * JVM, with a {@link TestClock}. Every integration and browser test uses exactly this, so
 * Spring caches one context; tests keep apart by using their own phones, ID numbers and
 * venues ({@link TestData}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "healthcode.data-dir=target/it-data",
				"healthcode.embedded-database.data-dir=target/it-data/postgres",
				"healthcode.embedded-database.clean-on-start=true",
				"healthcode.staff.demo-official-password=" + TestData.OFFICIAL_PASSWORD,
				"healthcode.staff.demo-admin-password=" + TestData.ADMIN_PASSWORD,
				// every test request comes from 127.0.0.1; the per-address limit has its
				// own test
				"healthcode.account.otp-per-requester-per-hour=1000000",
				// likewise for failed staff logins per address
				// (StaffLoginThrottleIntegrationTests
				// checks that rule on its own)
				"healthcode.account.staff-address-max-failures=1000000" })
@Import(IntegrationTest.TestClockConfiguration.class)
public @interface IntegrationTest {

	@TestConfiguration(proxyBeanMethods = false)
	class TestClockConfiguration {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

}
