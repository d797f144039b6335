package org.healthcode.companion;

import java.time.Duration;
import java.util.Map;

import org.healthcode.support.ApiClient;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.TestClock;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A removed companion entry is kept only as long as the entries made with it, and a
 * decline stands until then.
 */
@IntegrationTest
class CompanionHousekeepingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	CompanionHousekeeping housekeeping;

	@Autowired
	TestClock clock;

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
	void removedEntriesArePurgedAfterTheKeepPeriodAndThenADeclinedPersonCanBeAskedAgain() {
		String requesterPhone = TestData.phone();
		String personPhone = TestData.phone();
		String personId = TestData.idNumber();
		String requester = registered(requesterPhone, "鲁请求", TestData.idNumber());
		String person = registered(personPhone, "韦拒绝", personId);
		long id = add(requester, personId);
		this.api.post("/api/v1/me/companion-requests/" + id + "/decline", Map.of(), person).expectStatus(204);
		this.api.delete("/api/v1/me/companions/" + id, requester).expectStatus(204);

		this.clock.advance(Duration.ofDays(27));
		this.housekeeping.purge();
		assertThat(count(id)).isEqualTo(1);
		this.clock.advance(Duration.ofDays(2));
		this.housekeeping.purge();
		assertThat(count(id)).isZero();

		String later = this.api.residentToken(requesterPhone);
		long again = add(later, personId);
		assertThat(this.api.get("/api/v1/me/companions/" + again, later).json().get("state").asString())
			.isEqualTo("AWAITING_CONFIRMATION");
		assertThat(this.api.get("/api/v1/me/companion-requests", this.api.residentToken(personPhone)).json())
			.hasSize(1);
	}

	private String registered(String phone, String name, String idNumber) {
		String token = this.api.residentToken(phone);
		this.api.put("/api/v1/me/profile", Map.of("name", name, "idNumber", idNumber), token).expectStatus(200);
		return token;
	}

	private long add(String token, String idNumber) {
		return this.api
			.post("/api/v1/me/companions", Map.of("name", "韦拒绝", "idNumber", idNumber, "relation", "SPOUSE"), token)
			.expectStatus(201)
			.json()
			.get("id")
			.asLong();
	}

	private long count(long id) {
		return this.jdbc.sql("select count(*) from companion where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

}
