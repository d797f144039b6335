package org.healthcode.notice;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.healthcode.identity.BlindIndex;
import org.healthcode.identity.PhoneNumber;
import org.healthcode.identity.PiiCipher;
import org.healthcode.identity.PiiField;
import org.healthcode.support.ApiClient;
import org.healthcode.support.DisplayZone;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.PageSession;
import org.healthcode.support.People;
import org.healthcode.support.People.Resident;
import org.healthcode.support.SiteStaff;
import org.healthcode.support.TestClock;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lab's results reach everyone sampled into the tubes — their own account and the
 * resident who registered them as a companion — with advice naming the sampling time; a
 * positive or invalid result also sends an SMS without personal data, a negative one does
 * not.
 */
@IntegrationTest
class TestResultNoticeIntegrationTests {

	private static final DateTimeFormatter SAMPLED = DateTimeFormatter.ofPattern("M月d日 HH:mm")
		.withZone(DisplayZone.ZONE);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	BlindIndex blindIndex;

	@Autowired
	PiiCipher cipher;

	ApiClient api;

	People people;

	String sampler;

	String lab;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.people = new People(this.api);
		SiteStaff staff = new SiteStaff(this.api);
		this.sampler = staff.token("SAMPLER", "历山路采样点", "370102");
		this.lab = staff.token("LAB", "迪安检测", "370102");
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aPositivePoolTellsItsPeopleAndTheCompanionsRegistrantWithAnSmsWithoutPersonalData() {
		String holderPhone = TestData.phone();
		Resident holder = resident(holderPhone, "蒋文涛");
		String ownerPhone = TestData.phone();
		Resident owner = resident(ownerPhone, "蒋丽华");
		String grandmother = TestData.idNumber();
		this.people.companion(owner, "蒋秀英", grandmother);
		String tube = tube(10);
		sampleByToken(tube, holder);
		sampleById(tube, grandmother, "蒋秀英");
		close(tube);

		report(tube, "POSITIVE");

		JsonNode own = testResult(holder.token());
		assertThat(own.get("reason").asString()).isEqualTo("TEST_POSITIVE_POOLED");
		assertThat(own.get("color").isNull()).isTrue();
		assertThat(own.get("companionMaskedName").isNull()).isTrue();
		assertThat(own.get("advice").asString()).startsWith("混采阳性：请居家等待单管复核，勿外出")
			.contains(SAMPLED.format(Instant.parse(own.get("sampledAt").asString())));
		JsonNode aboutCompanion = testResult(owner.token());
		assertThat(aboutCompanion.get("companionMaskedName").asString()).isEqualTo("蒋*英");
		assertThat(aboutCompanion.get("reason").asString()).isEqualTo("TEST_POSITIVE_POOLED");
		JsonNode english = this.api
			.send(this.api.request("/api/v1/me/notices", holder.token()).header("Accept-Language", "en").GET())
			.expectStatus(200)
			.json();
		assertThat(first(english, "TEST_RESULT").get("advice").asString()).startsWith("Pooled tube positive");

		for (String phone : List.of(holderPhone, ownerPhone)) {
			List<String> sms = testResultSms(phone);
			assertThat(sms).hasSize(1);
			assertThat(sms.get(0)).isEqualTo("kind=TEST_RESULT\n")
				.doesNotContain("蒋")
				.doesNotContain(grandmother)
				.doesNotContain(holder.idNumber());
		}
	}

	@Test
	void aNegativeSingleTubeIsANoticeWithItsSamplingTimeButNoSms() {
		String phone = TestData.phone();
		Resident resident = resident(phone, "韦建国");
		String tube = tube(1);
		sampleByToken(tube, resident);
		close(tube);

		report(tube, "NEGATIVE");

		JsonNode notice = testResult(resident.token());
		Instant sampledAt = Instant.parse(notice.get("sampledAt").asString());
		assertThat(notice.get("advice").asString()).isEqualTo("核酸检测结果：阴性（采样于" + SAMPLED.format(sampledAt) + "）");
		assertThat(testResultSms(phone)).isEmpty();
		// the same report again tells no one twice
		report(tube, "NEGATIVE");
		assertThat(count(resident.token(), "TEST_RESULT")).isEqualTo(1);
	}

	@Test
	void anInvalidSampleAsksForANewOneAndOnlyItsReaderSeesIt() {
		String phone = TestData.phone();
		Resident resident = resident(phone, "甘美琪");
		Resident other = this.people.registeredResident("甘子轩");
		String tube = tube(5);
		sampleByToken(tube, resident);
		close(tube);

		report(tube, "INVALID");

		JsonNode notice = testResult(resident.token());
		assertThat(notice.get("reason").asString()).isEqualTo("TEST_INVALID");
		assertThat(notice.get("advice").asString()).startsWith("样本无效：请尽快重新采样");
		assertThat(testResultSms(phone)).hasSize(1);
		// the notices page shows the result word and the advice (no colour of its own)
		this.clock.advance(Duration.ofSeconds(61));
		PageSession page = new PageSession(this.port);
		page.loginResident(phone);
		String html = page.get("/me/notices").body();
		assertThat(html).contains("data-kind=\"TEST_RESULT\"", "notice-result", "样本无效：请尽快重新采样");
		assertThat(count(other.token(), "TEST_RESULT")).isZero();
		assertThat(this.api.post("/api/v1/me/notices/" + notice.get("id").asLong() + "/read", Map.of(), other.token())
			.expectStatus(404)
			.problemCode()).isEqualTo("NOTICE_NOT_FOUND");
	}

	@Test
	void aReportOfManyTubesTellsEveryoneInThem() {
		List<Resident> residents = new ArrayList<>();
		List<Map<String, String>> results = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			String tube = tube(10);
			for (int j = 0; j < 4; j++) {
				Resident resident = this.people.registeredResident("邱" + "一二三四五六七八九十".charAt(i * 3 + j % 3) + "明");
				sampleByToken(tube, resident);
				residents.add(resident);
			}
			close(tube);
			results.add(Map.of("tubeCode", tube, "result", "NEGATIVE", "testedAt", this.clock.instant().toString()));
		}

		this.api.post("/api/v1/lab/results", Map.of("results", results), this.lab).expectStatus(200);

		for (Resident resident : residents) {
			assertThat(count(resident.token(), "TEST_RESULT")).isEqualTo(1);
		}
	}

	private Resident resident(String phone, String name) {
		String token = this.api.residentToken(phone);
		String idNumber = TestData.idNumber();
		this.api.put("/api/v1/me/profile", Map.of("name", name, "idNumber", idNumber), token).expectStatus(200);
		return new Resident(token, name, idNumber);
	}

	private String tube(int poolSize) {
		String tube = "N" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
		this.api.post("/api/v1/sampling/tubes", Map.of("tubeCode", tube, "poolSize", poolSize), this.sampler)
			.expectStatus(201);
		return tube;
	}

	private void sampleByToken(String tube, Resident resident) {
		String token = this.api.get("/api/v1/me/health-code", resident.token())
			.expectStatus(200)
			.json()
			.get("token")
			.asString();
		this.api.post("/api/v1/sampling/tubes/" + tube + "/samples", Map.of("healthToken", token), this.sampler)
			.expectStatus(201);
	}

	private void sampleById(String tube, String idNumber, String name) {
		this.api
			.post("/api/v1/sampling/tubes/" + tube + "/samples", Map.of("idNumber", idNumber, "name", name),
					this.sampler)
			.expectStatus(201);
	}

	private void close(String tube) {
		this.api.post("/api/v1/sampling/tubes/" + tube + "/close", Map.of(), this.sampler).expectStatus(200);
	}

	private void report(String tube, String result) {
		this.api
			.post("/api/v1/lab/results",
					Map.of("results", List
						.of(Map.of("tubeCode", tube, "result", result, "testedAt", this.clock.instant().toString()))),
					this.lab)
			.expectStatus(200);
	}

	/** Notices are written as the report commits, before the lab's call returns. */
	private JsonNode testResult(String token) {
		return first(this.api.get("/api/v1/me/notices", token).expectStatus(200).json(), "TEST_RESULT");
	}

	private static JsonNode first(JsonNode notices, String kind) {
		for (JsonNode notice : notices) {
			if (kind.equals(notice.get("kind").asString())) {
				return notice;
			}
		}
		throw new AssertionError("no " + kind + " notice");
	}

	private int count(String token, String kind) {
		int count = 0;
		for (JsonNode notice : this.api.get("/api/v1/me/notices", token).expectStatus(200).json()) {
			count += kind.equals(notice.get("kind").asString()) ? 1 : 0;
		}
		return count;
	}

	/** The decrypted parameters of the test-result SMS queued for a phone. */
	private List<String> testResultSms(String phone) {
		return this.jdbc
			.sql("select parameters_cipher from sms_outbox where phone_index = :index and template = 'NOTICE'")
			.param("index", this.blindIndex.of(new PhoneNumber(phone)))
			.query(byte[].class)
			.list()
			.stream()
			.map(stored -> this.cipher.decrypt(PiiField.SMS_PARAMETERS, stored))
			.filter(text -> text.contains("kind=TEST_RESULT"))
			.toList();
	}

}
