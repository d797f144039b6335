package org.healthcode.account;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.healthcode.identity.BlindIndex;
import org.healthcode.identity.PiiCipher;
import org.healthcode.support.ApiClient;
import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.HealthCodeException;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.PageSession;
import org.healthcode.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Failed staff logins pause a username for a while, with growing pauses, without telling
 * which usernames exist; an administrator can end a pause.
 */
@IntegrationTest
class StaffLoginThrottleIntegrationTests {

	private static final String PASSWORD = "right-password-1";

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	StaffAccountRepository staff;

	@Autowired
	StaffLoginThrottleRepository throttles;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	OtpService otp;

	@Autowired
	ResidentAccountRepository residents;

	@Autowired
	PiiCipher cipher;

	@Autowired
	BlindIndex blindIndex;

	@Autowired
	AccountProperties properties;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffSiteRepository sites;

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
	void fiveFailuresPauseTheUsernameAndThePauseSaysForHowLong() {
		String username = newOfficial();
		fail(username, 5);

		Response paused = login(username, PASSWORD);

		assertThat(paused.status()).isEqualTo(429);
		assertThat(paused.problemCode()).isEqualTo("STAFF_LOCKED");
		assertThat(paused.json().get("detail").asString()).contains("1 分钟");
		this.clock.advance(Duration.ofSeconds(61));
		login(username, PASSWORD).expectStatus(200);
	}

	@Test
	void theStaffLoginPageSaysForHowLongToo() {
		String username = newOfficial();
		PageSession page = new PageSession(this.port);
		for (int i = 0; i < 5; i++) {
			page.post("/staff/login", "/staff/login", Map.of("username", username, "password", "wrong-password"));
		}

		String answer = page.post("/staff/login", "/staff/login", Map.of("username", username, "password", PASSWORD))
			.body();

		assertThat(answer).contains("登录失败次数过多，请 1 分钟后再试。");
	}

	@Test
	void whenAPauseEndsTheCountStartsAgainAndTheNextPauseIsLonger() {
		String username = newOfficial();
		fail(username, 5);
		this.clock.advance(Duration.ofSeconds(61));

		// the pause is over: one wrong password is one failure, not a new lock
		assertThat(login(username, "wrong-password").status()).isEqualTo(401);
		fail(username, 3);
		Response again = login(username, "wrong-password");

		assertThat(again.problemCode()).isEqualTo("BAD_CREDENTIALS");
		Response paused = login(username, PASSWORD);
		assertThat(paused.problemCode()).isEqualTo("STAFF_LOCKED");
		assertThat(paused.json().get("detail").asString()).contains("2 分钟");
	}

	@Test
	void unknownUsernamesPauseExactlyLikeRealOnes() {
		String real = newOfficial();
		String unknown = "nobody" + System.nanoTime() % 1_000_000;
		List<String> realAnswers = new ArrayList<>();
		List<String> unknownAnswers = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			realAnswers.add(answer(login(real, "wrong-password")));
			unknownAnswers.add(answer(login(unknown, "wrong-password")));
		}

		assertThat(realAnswers).isEqualTo(unknownAnswers);
		assertThat(realAnswers.get(0)).startsWith("401 BAD_CREDENTIALS");
		assertThat(realAnswers.get(6)).startsWith("429 STAFF_LOCKED");
	}

	@Test
	void everyAttemptCostsOneBcryptComparisonWhetherUnknownWrongPausedOrRight() {
		CountingEncoder counting = new CountingEncoder(this.passwords);
		AccountService accounts = new AccountService(this.otp, this.residents, this.staff, counting, this.cipher,
				this.blindIndex, this.clock, new StaffLoginThrottle(this.throttles, this.blindIndex, this.properties),
				this.events, this.sites);
		String username = newOfficial();

		accounts.signInStaff(username, PASSWORD, "192.0.2.1");
		assertThat(counting.reset()).isEqualTo(1);
		assertThatThrownBy(() -> accounts.signInStaff("no-such-user", "x", "192.0.2.1"))
			.isInstanceOf(HealthCodeException.class);
		assertThat(counting.reset()).isEqualTo(1);
		assertThatThrownBy(() -> accounts.signInStaff("no such user", "x", "192.0.2.1"))
			.isInstanceOf(HealthCodeException.class);
		assertThat(counting.reset()).isEqualTo(1);
		for (int i = 0; i < 5; i++) {
			assertThatThrownBy(() -> accounts.signInStaff(username, "wrong", "192.0.2.1"))
				.isInstanceOf(HealthCodeException.class);
			assertThat(counting.reset()).isEqualTo(1);
		}
		assertThatThrownBy(() -> accounts.signInStaff(username, PASSWORD, "192.0.2.1")).hasMessage("STAFF_LOCKED");
		assertThat(counting.reset()).isEqualTo(1);
	}

	@Test
	void aPausedAttemptTakesAsLongAsAWrongPassword() {
		String paused = newOfficial();
		String wrong = newOfficial();
		fail(paused, 5);

		long pausedNanos = fastest(() -> login(paused, "wrong-password"));
		long wrongNanos = fastest(() -> login(wrong, "wrong-password"));

		// a BCrypt comparison on each: without one, a paused answer took 4 ms against ~80
		assertThat((double) pausedNanos / wrongNanos).isGreaterThan(0.5);
	}

	@Test
	void oneAddressTryingManyUsernamesPausesToo() {
		StaffLoginThrottle throttle = new StaffLoginThrottle(this.throttles, this.blindIndex,
				new AccountProperties(Duration.ofMinutes(5), 5, Duration.ofSeconds(60), 5, 30, Duration.ofMinutes(30),
						5, Duration.ofMinutes(15), Duration.ofMinutes(1), 3, Duration.ofMinutes(15)));
		String address = "198.51.100." + System.nanoTime() % 250;
		Instant now = this.clock.instant();
		for (int i = 0; i < 3; i++) {
			throttle.failed(throttle.keys("sprayed" + i + System.nanoTime(), address), now);
		}

		assertThat(throttle.pausedUntil(throttle.keys("another-user", address), now)).hasValueSatisfying(
				until -> assertThat(until).isCloseTo(now.plus(Duration.ofMinutes(1)), within(1, ChronoUnit.MILLIS)));
		assertThat(throttle.pausedUntil(throttle.keys("another-user", "198.51.100.254"), now)).isEmpty();
	}

	@Test
	void anAdministratorEndsAPauseAndTheAuditLogSaysWho() {
		String username = newOfficial();
		fail(username, 5);
		long staffId = this.staff.findByUsername(username).orElseThrow().id();

		Response forbidden = this.api.post("/api/v1/admin/staff/" + username + "/unlock", Map.of(),
				this.api.officialToken());
		Response released = this.api.post("/api/v1/admin/staff/" + username + "/unlock", Map.of(),
				this.api.adminToken());

		assertThat(forbidden.status()).isEqualTo(403);
		released.expectStatus(200);
		assertThat(released.json().get("wasLocked").asBoolean()).isTrue();
		login(username, PASSWORD).expectStatus(200);
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event
				where action = 'STAFF_LOGIN_RELEASED' and actor_role = 'ADMIN' and detail = :detail
				""").param("detail", "staff=" + staffId).query(Long.class).single()).isEqualTo(1);
		assertThat(
				this.api.post("/api/v1/admin/staff/no-such-user/unlock", Map.of(), this.api.adminToken()).problemCode())
			.isEqualTo("STAFF_NOT_FOUND");
	}

	private String newOfficial() {
		String username = "pause" + System.nanoTime() % 100_000_000;
		this.staff.insertIfAbsent(username, this.passwords.encode(PASSWORD), Role.OFFICIAL, "Throttle test",
				this.clock.instant());
		return username;
	}

	private void fail(String username, int times) {
		for (int i = 0; i < times; i++) {
			login(username, "wrong-password").expectStatus(401);
		}
	}

	private Response login(String username, String password) {
		return this.api.post("/api/v1/auth/staff-token", Map.of("username", username, "password", password), null);
	}

	private static String answer(Response response) {
		return response.status() + " " + response.problemCode() + " " + response.json().get("detail").asString();
	}

	private static long fastest(Runnable attempt) {
		long best = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			long start = System.nanoTime();
			attempt.run();
			best = Math.min(best, System.nanoTime() - start);
		}
		return best;
	}

	private static final class CountingEncoder implements PasswordEncoder {

		private final PasswordEncoder target;

		private int matches;

		CountingEncoder(PasswordEncoder target) {
			this.target = target;
		}

		@Override
		public String encode(CharSequence raw) {
			return this.target.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			this.matches++;
			return this.target.matches(raw, encoded);
		}

		int reset() {
			int counted = this.matches;
			this.matches = 0;
			return counted;
		}

	}

}
