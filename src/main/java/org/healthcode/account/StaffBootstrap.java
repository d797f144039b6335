package org.healthcode.account;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Properties;

import org.healthcode.support.HealthCodeProperties;
import org.healthcode.support.OwnerOnlyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Makes sure someone can administer the platform. PRODUCTION: creates the configured
 * administrator and refuses to run with none. DEMO: also seeds {@code official} and
 * {@code admin} with passwords from configuration or generated once into the data folder,
 * and prints how to log in.
 */
@Component
@Order(0)
class StaffBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(StaffBootstrap.class);

	private final StaffAccountRepository staff;

	private final PasswordEncoder passwords;

	private final StaffBootstrapProperties properties;

	private final HealthCodeProperties platform;

	private final Clock clock;

	private final Environment environment;

	StaffBootstrap(StaffAccountRepository staff, PasswordEncoder passwords, StaffBootstrapProperties properties,
			HealthCodeProperties platform, Clock clock, Environment environment) {
		this.environment = environment;
		this.staff = staff;
		this.passwords = passwords;
		this.properties = properties;
		this.platform = platform;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		String adminPassword = this.properties.adminPassword();
		if (adminPassword != null && !adminPassword.isBlank()) {
			create(this.properties.adminUsername(), adminPassword, Role.ADMIN, "管理员");
		}
		if (this.platform.demo()) {
			seedDemo();
		}
		else if (!this.staff.existsWithRole(Role.ADMIN)) {
			throw new IllegalStateException(
					"No administrator exists: start once with --healthcode.staff.admin-password=... "
							+ "(or HEALTHCODE_STAFF_ADMINPASSWORD) to create the first one");
		}
	}

	private void seedDemo() {
		Properties logins = demoLogins();
		create("official", logins.getProperty("official"), Role.OFFICIAL, "演示疾控人员");
		create("admin", logins.getProperty("admin"), Role.ADMIN, "演示管理员");
		log.info("""

				==================================================================
				 HealthCode DEMO mode (not for production) at {}
				   residents: any mobile number; the SMS code is shown on the login page
				   official : official / {}
				   admin    : admin / {}
				==================================================================""", localUrl(),
				logins.getProperty("official"), logins.getProperty("admin"));
	}

	private String localUrl() {
		String port = this.environment.getProperty("local.server.port",
				this.environment.getProperty("server.port", "8080"));
		return "http://localhost:" + port + "/";
	}

	private void create(String username, String password, Role role, String displayName) {
		// at every start after the first the accounts exist: skip hashing (BCrypt, ~0.1 s
		// of CPU
		// each) for an insert that would do nothing (issue 18)
		if (this.staff.findByUsername(username).isPresent()) {
			return;
		}
		if (this.staff.insertIfAbsent(username, this.passwords.encode(password), role, displayName,
				this.clock.instant())) {
			log.info("Created {} account {}", role, username);
		}
	}

	/**
	 * Demo passwords: configured, or generated once and kept beside the demo database.
	 */
	private Properties demoLogins() {
		Path file = this.platform.dataDir().resolve("demo-logins.properties");
		Properties logins = new Properties();
		try {
			if (Files.exists(file)) {
				OwnerOnlyFiles.restrict(file);
				try (Reader reader = Files.newBufferedReader(file)) {
					logins.load(reader);
				}
			}
			else {
				logins.setProperty("official", generated());
				logins.setProperty("admin", generated());
				OwnerOnlyFiles.create(file, logins, "HealthCode DEMO staff passwords");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep demo passwords in the data folder", ex);
		}
		if (this.properties.demoOfficialPassword() != null) {
			logins.setProperty("official", this.properties.demoOfficialPassword());
		}
		if (this.properties.demoAdminPassword() != null) {
			logins.setProperty("admin", this.properties.demoAdminPassword());
		}
		return logins;
	}

	private static String generated() {
		String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder("demo-");
		for (int i = 0; i < 10; i++) {
			password.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return password.toString();
	}

}
