package org.healthcode.account;

import java.time.Duration;
import java.util.Map;

import org.healthcode.support.ApiClient;
import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.TestClock;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class StaffLoginIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	StaffAccountRepository staff;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	JdbcClient jdbc;

	ApiClient api;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void demoOfficialGetsAnOfficialToken() {
		Response session = this.api.get("/api/v1/session", this.api.officialToken()).expectStatus(200);

		assertThat(session.json().get("role").asString()).isEqualTo("OFFICIAL");
	}

	@Test
	void passwordsAreStoredAsBcryptHashes() {
		String hash = this.jdbc.sql("select password_hash from staff_account where username = 'official'")
			.query(String.class)
			.single();

		assertThat(hash).startsWith("$2").doesNotContain(TestData.OFFICIAL_PASSWORD);
	}

	@Test
	void wrongPasswordsAndUnknownUsersGetTheSameAnswer() {
		Response wrong = this.api.post("/api/v1/auth/staff-token", Map.of("username", "official", "password", "nope"),
				null);
		Response unknown = this.api.post("/api/v1/auth/staff-token", Map.of("username", "nobody", "password", "nope"),
				null);

		assertThat(wrong.status()).isEqualTo(401);
		assertThat(unknown.status()).isEqualTo(401);
		assertThat(wrong.problemCode()).isEqualTo(unknown.problemCode()).isEqualTo("BAD_CREDENTIALS");
	}

	@Test
	void repeatedWrongPasswordsLockTheAccountForAWhile() {
		String username = "locktest" + System.nanoTime() % 100000;
		this.staff.insertIfAbsent(username, this.passwords.encode("right-password"), Role.OFFICIAL, "Lock test",
				this.clock.instant());
		for (int i = 0; i < 5; i++) {
			this.api.post("/api/v1/auth/staff-token", Map.of("username", username, "password", "wrong"), null)
				.expectStatus(401);
		}

		Response locked = this.api.post("/api/v1/auth/staff-token",
				Map.of("username", username, "password", "right-password"), null);

		assertThat(locked.status()).isEqualTo(429);
		assertThat(locked.problemCode()).isEqualTo("STAFF_LOCKED");
		this.clock.advance(Duration.ofMinutes(16));
		this.api.post("/api/v1/auth/staff-token", Map.of("username", username, "password", "right-password"), null)
			.expectStatus(200);
	}

	@Test
	void rolesGuardTheApi() {
		String resident = this.api.residentToken(TestData.phone());
		String official = this.api.officialToken();
		String admin = this.api.adminToken();

		assertThat(this.api.get("/actuator/prometheus", null).status()).isEqualTo(401);
		assertThat(this.api.get("/actuator/prometheus", resident).status()).isEqualTo(403);
		assertThat(this.api.get("/actuator/prometheus", official).status()).isEqualTo(403);
		Response metrics = this.api.get("/actuator/prometheus", admin).expectStatus(200);
		assertThat(metrics.text()).contains("http_server_requests");
		Response forbidden = this.api.put("/api/v1/health-status", Map.of(), resident);
		assertThat(forbidden.status()).isEqualTo(403);
		assertThat(forbidden.problemCode()).isEqualTo("FORBIDDEN");
	}

	@Test
	void administratorsCreateOfficialsWhoCanThenLogIn() {
		String admin = this.api.adminToken();
		String username = "official" + System.nanoTime() % 1000000;
		Map<String, String> request = Map.of("username", username, "password", "a-strong-password-1", "role",
				"OFFICIAL", "displayName", "济南市疾控");

		this.api.post("/api/v1/admin/staff", request, admin).expectStatus(201);

		assertThat(this.api.post("/api/v1/admin/staff", request, admin).problemCode())
			.isEqualTo("STAFF_USERNAME_TAKEN");
		assertThat(this.api.post("/api/v1/admin/staff", request, this.api.officialToken()).status()).isEqualTo(403);
		Response weak = this.api.post("/api/v1/admin/staff",
				Map.of("username", username + "x", "password", "short", "role", "OFFICIAL", "displayName", "x"), admin);
		assertThat(weak.problemCode()).isEqualTo("VALIDATION_FAILED");
		String token = this.api.staffToken(username, "a-strong-password-1");
		assertThat(this.api.get("/api/v1/session", token).json().get("role").asString()).isEqualTo("OFFICIAL");
	}

}
