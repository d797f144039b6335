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

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ResidentLoginIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

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
	void codeFromSmsBuysATokenThatAuthenticatesTheResident() {
		String token = this.api.residentToken(TestData.phone());

		Response session = this.api.get("/api/v1/session", token).expectStatus(200);

		assertThat(session.json().get("role").asString()).isEqualTo("RESIDENT");
	}

	@Test
	void samePhoneSignsIntoTheSameAccount() {
		String phone = TestData.phone();
		long first = this.api.get("/api/v1/session", this.api.residentToken(phone)).json().get("accountId").asLong();
		this.clock.advance(Duration.ofMinutes(2));
		long second = this.api.get("/api/v1/session", this.api.residentToken(phone)).json().get("accountId").asLong();

		assertThat(second).isEqualTo(first);
	}

	@Test
	void aCodeWorksOnlyOnce() {
		String phone = TestData.phone();
		String code = requestCode(phone);
		this.api.post("/api/v1/auth/token", Map.of("phone", phone, "code", code), null).expectStatus(200);

		Response reuse = this.api.post("/api/v1/auth/token", Map.of("phone", phone, "code", code), null);

		assertThat(reuse.status()).isEqualTo(401);
		assertThat(reuse.problemCode()).isEqualTo("OTP_INVALID");
	}

	@Test
	void aCodeExpiresAfterFiveMinutes() {
		String phone = TestData.phone();
		String code = requestCode(phone);
		this.clock.advance(Duration.ofMinutes(5).plusSeconds(1));

		Response late = this.api.post("/api/v1/auth/token", Map.of("phone", phone, "code", code), null);

		assertThat(late.status()).isEqualTo(401);
		assertThat(late.problemCode()).isEqualTo("OTP_EXPIRED");
	}

	@Test
	void fiveWrongGuessesBurnTheCodeEvenForTheRightOne() {
		String phone = TestData.phone();
		String code = requestCode(phone);
		String wrong = code.equals("000000") ? "111111" : "000000";
		for (int i = 0; i < 5; i++) {
			Response guess = this.api.post("/api/v1/auth/token", Map.of("phone", phone, "code", wrong), null);
			assertThat(guess.problemCode()).isEqualTo("OTP_INVALID");
		}

		Response right = this.api.post("/api/v1/auth/token", Map.of("phone", phone, "code", code), null);

		assertThat(right.status()).isEqualTo(429);
		assertThat(right.problemCode()).isEqualTo("OTP_ATTEMPTS_EXCEEDED");
	}

	@Test
	void aSecondCodeWithinAMinuteIsRefused() {
		String phone = TestData.phone();
		requestCode(phone);

		Response again = this.api.post("/api/v1/auth/otp", Map.of("phone", phone), null);

		assertThat(again.status()).isEqualTo(429);
		assertThat(again.problemCode()).isEqualTo("OTP_TOO_SOON");
	}

	@Test
	void atMostFiveCodesPerPhoneAndHour() {
		String phone = TestData.phone();
		for (int i = 0; i < 5; i++) {
			requestCode(phone);
			this.clock.advance(Duration.ofSeconds(61));
		}

		Response sixth = this.api.post("/api/v1/auth/otp", Map.of("phone", phone), null);

		assertThat(sixth.status()).isEqualTo(429);
		assertThat(sixth.problemCode()).isEqualTo("OTP_RATE_LIMITED");
		this.clock.advance(Duration.ofHours(1));
		this.api.post("/api/v1/auth/otp", Map.of("phone", phone), null).expectStatus(202);
	}

	@Test
	void badPhoneAndBadCodeShapeAreClientErrorsInTheCallersLanguage() {
		Response badPhone = this.api.send(this.api.request("/api/v1/auth/otp", null)
			.header("Content-Type", "application/json")
			.header("Accept-Language", "en")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"phone\":\"12345\"}")));
		Response badCode = this.api.post("/api/v1/auth/token", Map.of("phone", TestData.phone(), "code", "12ab"), null);

		assertThat(badPhone.status()).isEqualTo(400);
		assertThat(badPhone.header("Content-Type")).startsWith("application/problem+json");
		assertThat(badPhone.problemCode()).isEqualTo("PHONE_INVALID");
		assertThat(badPhone.json().get("detail").asString()).contains("mobile number");
		assertThat(badCode.status()).isEqualTo(400);
		assertThat(badCode.problemCode()).isEqualTo("OTP_FORMAT");
		assertThat(badCode.json().get("detail").asString()).contains("验证码");
	}

	@Test
	void forgedOrExpiredTokensAreRejected() {
		String token = this.api.residentToken(TestData.phone());
		String forged = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");

		assertThat(this.api.get("/api/v1/session", forged).status()).isEqualTo(401);
		this.clock.advance(Duration.ofMinutes(31));
		Response expired = this.api.get("/api/v1/session", token);
		assertThat(expired.status()).isEqualTo(401);
		assertThat(expired.problemCode()).isEqualTo("UNAUTHENTICATED");
	}

	private String requestCode(String phone) {
		this.api.post("/api/v1/auth/otp", Map.of("phone", phone), null).expectStatus(202);
		return this.api.get("/api/v1/dev/sms-outbox?phone=" + phone, null)
			.expectStatus(200)
			.json()
			.get("code")
			.asString();
	}

}
