package org.healthcode.notice;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.healthcode.health.HealthService;
import org.healthcode.identity.BlindIndex;
import org.healthcode.identity.PhoneNumber;
import org.healthcode.support.ApiClient;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.People;
import org.healthcode.support.People.Resident;
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
 * Status changes reach the person's account and the resident who registered them as a
 * companion, with advice and until when, an SMS without personal data, and only for them.
 */
@IntegrationTest
class NoticeIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	HealthService health;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BlindIndex blindIndex;

	ApiClient api;

	People people;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.people = new People(this.api);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aStatusSetByAnOfficialBecomesANoticeWithAdviceAndUntilWhen() {
		String phone = TestData.phone();
		String token = this.api.residentToken(phone);
		String idNumber = TestData.idNumber();
		this.api.put("/api/v1/me/profile", Map.of("name", "林晓燕", "idNumber", idNumber), token).expectStatus(200);

		this.people.setColor(idNumber, "RED", "CLOSE_CONTACT");

		JsonNode notice = firstNotice(token);
		assertThat(notice.get("kind").asString()).isEqualTo("STATUS_CHANGED");
		assertThat(notice.get("color").asString()).isEqualTo("RED");
		assertThat(notice.get("reason").asString()).isEqualTo("CLOSE_CONTACT");
		assertThat(notice.get("read").asBoolean()).isFalse();
		// RED 7 days, then YELLOW 3 days: green again ten days after it was set
		Instant at = Instant.parse(notice.get("at").asString());
		assertThat(Instant.parse(notice.get("until").asString())).isEqualTo(at.plus(Duration.ofDays(10)));
		assertThat(notice.get("advice").asString()).startsWith("密切接触者：请居家隔离至").contains("核酸");
		assertThat(notice.get("companionMaskedName").isNull()).isTrue();

		JsonNode english = this.api
			.send(this.api.request("/api/v1/me/notices", token).header("Accept-Language", "en").GET())
			.expectStatus(200)
			.json()
			.get(0);
		assertThat(english.get("advice").asString()).startsWith("Close contact: please stay in home quarantine until");

		String sms = this.jdbc.sql("""
				select template from sms_outbox where phone_index = :index and template = 'NOTICE'
				""").param("index", this.blindIndex.of(new PhoneNumber(phone))).query(String.class).single();
		assertThat(sms).isEqualTo("NOTICE");
	}

	@Test
	void aColourCarriedForwardByItsRuleIsANoticeToo() {
		String phone = TestData.phone();
		String idNumber = TestData.idNumber();
		this.api.put("/api/v1/me/profile", Map.of("name", "周海峰", "idNumber", idNumber), this.api.residentToken(phone))
			.expectStatus(200);
		this.people.setColor(idNumber, "YELLOW", "SECONDARY_CONTACT");
		this.clock.advance(Duration.ofDays(7).plusMinutes(1));

		this.health.carryForwardExpired();

		// a week later the resident signs in again
		JsonNode newest = this.api.get("/api/v1/me/notices", this.api.residentToken(phone))
			.expectStatus(200)
			.json()
			.get(0);
		assertThat(newest.get("color").asString()).isEqualTo("GREEN");
		assertThat(newest.get("until").isNull()).isTrue();
		assertThat(newest.get("advice").asString()).contains("绿码");
	}

	@Test
	void theResidentWhoRegisteredACompanionIsToldOfTheCompanionsChange() {
		Resident owner = this.people.registeredResident("郑美玲");
		String grandfather = TestData.idNumber();
		this.people.companion(owner, "郑国强", grandfather);

		this.people.setColor(grandfather, "YELLOW", "SPATIOTEMPORAL_COMPANION");

		JsonNode notice = firstNotice(owner.token());
		assertThat(notice.get("color").asString()).isEqualTo("YELLOW");
		assertThat(notice.get("companionMaskedName").asString()).isEqualTo("郑*强");
		assertThat(notice.get("advice").asString()).contains("时空伴随者");
	}

	@Test
	void aResidentReadsAndMarksOnlyTheirOwnNotices() {
		Resident holder = this.people.registeredResident("冯子健");
		Resident other = this.people.registeredResident("韩雪");
		this.people.setColor(holder.idNumber(), "RED", "CONFIRMED");
		long id = firstNotice(holder.token()).get("id").asLong();

		assertThat(this.api.get("/api/v1/me/notices", other.token()).expectStatus(200).json().size()).isZero();
		assertThat(this.api.post("/api/v1/me/notices/" + id + "/read", Map.of(), other.token())
			.expectStatus(404)
			.problemCode()).isEqualTo("NOTICE_NOT_FOUND");
		assertThat(firstNotice(holder.token()).get("read").asBoolean()).isFalse();

		this.api.post("/api/v1/me/notices/" + id + "/read", Map.of(), holder.token()).expectStatus(204);
		this.api.post("/api/v1/me/notices/" + id + "/read", Map.of(), holder.token()).expectStatus(204);

		assertThat(firstNotice(holder.token()).get("read").asBoolean()).isTrue();
		assertThat(this.api.get("/api/v1/me/notices", this.api.officialToken()).status()).isEqualTo(403);
	}

	/** Notices are written as the change commits, before the official's call returns. */
	private JsonNode firstNotice(String token) {
		JsonNode notices = this.api.get("/api/v1/me/notices", token).expectStatus(200).json();
		assertThat(notices.size()).isPositive();
		return notices.get(0);
	}

}
