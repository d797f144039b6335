package org.healthcode.checkin;

import java.util.List;
import java.util.Map;

import org.healthcode.support.ApiClient;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.PageSession;
import org.healthcode.support.People;
import org.healthcode.support.People.Resident;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every check-in answers the door's verdict for the holder and each companion under the
 * venue's entry rule, stores it whatever it is, and the manager's day view lists what did
 * not pass as alerts.
 */
@IntegrationTest
class CheckInVerdictIntegrationTests {

	@LocalServerPort
	int port;

	ApiClient api;

	People people;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.people = new People(this.api);
	}

	@Test
	void aGreenVisitorPassesWhereNothingMoreIsAsked() {
		Resident manager = this.people.registeredResident("申建国");
		JsonNode venue = this.people.venue(manager, "判定测试超市");
		Resident visitor = this.people.registeredResident("尤静怡");

		JsonNode answer = checkIn(visitor, venue, List.of());

		assertThat(answer.get("holder").get("verdict").asString()).isEqualTo("PASS");
		assertThat(answer.get("holder").get("reasons")).isEmpty();
	}

	@Test
	void aRuleAskingForATestRestrictsTheHolderAndCompanionsAndTheEntriesAreStillRegistered() {
		Resident manager = this.people.registeredResident("申建国");
		JsonNode venue = this.people.venue(manager, "判定测试超市");
		long venueId = venue.get("id").asLong();
		this.api
			.put("/api/v1/venues/" + venueId + "/entry-rule", Map.of("minColor", "GREEN", "natWithinHours", 72),
					manager.token())
			.expectStatus(200);
		Resident visitor = this.people.registeredResident("尤静怡");
		long grandma = this.people.companion(visitor, "尤奶奶", TestData.idNumber()).get("id").asLong();

		JsonNode answer = checkIn(visitor, venue, List.of(grandma));

		JsonNode holder = answer.get("holder");
		assertThat(holder.get("verdict").asString()).isEqualTo("RESTRICTED");
		assertThat(holder.get("reasons")).hasSize(1);
		assertThat(holder.get("reasons").get(0).get("code").asString()).isEqualTo("NAT_MISSING");
		assertThat(holder.get("reasons").get(0).get("message").asString()).isEqualTo("未持有72小时内核酸检测阴性证明，限制进入");
		JsonNode companion = answer.get("companions").get(0);
		assertThat(companion.get("verdict").asString()).isEqualTo("RESTRICTED");
		assertThat(companion.get("reasons").get(0).get("code").asString()).isEqualTo("NAT_MISSING");

		JsonNode day = this.api.get("/api/v1/venues/" + venueId + "/entries", manager.token()).expectStatus(200).json();
		assertThat(day.get("total").asInt()).isEqualTo(2);
		assertThat(day.get("alertCount").asInt()).isEqualTo(2);
		assertThat(day.get("alerts").get(0).get("verdict").asString()).isEqualTo("RESTRICTED");
		assertThat(day.get("alerts").get(0).get("color").asString()).isEqualTo("GREEN");
	}

	@Test
	void aRedVisitorIsRefusedAndAYellowOneRestricted() {
		Resident manager = this.people.registeredResident("申建国");
		JsonNode venue = this.people.venue(manager, "判定测试超市");
		Resident red = this.people.registeredResident("尤红");
		Resident yellow = this.people.registeredResident("尤黄");
		Resident green = this.people.registeredResident("尤绿");
		this.people.setColor(red.idNumber(), "RED", "CONFIRMED");
		this.people.setColor(yellow.idNumber(), "YELLOW", "CLOSE_CONTACT");

		JsonNode refused = checkIn(red, venue, List.of()).get("holder");
		JsonNode restricted = checkIn(yellow, venue, List.of()).get("holder");
		checkIn(green, venue, List.of());

		assertThat(refused.get("verdict").asString()).isEqualTo("REFUSED");
		assertThat(refused.get("reasons").get(0).get("code").asString()).isEqualTo("COLOR_RED");
		assertThat(restricted.get("verdict").asString()).isEqualTo("RESTRICTED");
		assertThat(restricted.get("reasons").get(0).get("code").asString()).isEqualTo("COLOR_YELLOW");
		JsonNode day = this.api.get("/api/v1/venues/" + venue.get("id").asLong() + "/entries", manager.token())
			.expectStatus(200)
			.json();
		assertThat(day.get("total").asInt()).isEqualTo(3);
		assertThat(day.get("alertCount").asInt()).isEqualTo(2);
	}

	@Test
	void theBlueScreenShowsTheVerdictLineTheModalAndChoosesTheAlarm() {
		Resident manager = this.people.registeredResident("申建国");
		JsonNode venue = this.people.venue(manager, "判定测试超市");
		this.api
			.put("/api/v1/venues/" + venue.get("id").asLong() + "/entry-rule", Map.of("natWithinHours", 24),
					manager.token())
			.expectStatus(200);
		PageSession page = new PageSession(this.port);
		page.loginResident(TestData.phone());
		page.post("/me/profile", "/me/profile", Map.of("name", "尤静怡", "idNumber", TestData.idNumber()));
		String path = "/s/" + venue.get("token").asString();
		String location = page.post(path, path, Map.of()).headers().firstValue("Location").orElseThrow();

		String html = page.get(location.substring(location.indexOf("/checkins/"))).body();

		assertThat(html).contains("id=\"verdict-line\"")
			.contains("data-verdict=\"RESTRICTED\"")
			.contains("data-sound=\"alarm\"")
			.contains("data-voice=\"绿码，暂无核酸记录。未持有24小时内核酸检测阴性证明，限制进入\"")
			.contains("id=\"verdict-modal\"");
		assertThat(html.indexOf("id=\"verdict-line\"")).isLessThan(html.indexOf("id=\"venue-name\""));
	}

	private JsonNode checkIn(Resident visitor, JsonNode venue, List<Long> companions) {
		return this.api
			.post("/api/v1/checkins", Map.of("venueToken", venue.get("token").asString(), "companionIds", companions),
					visitor.token())
			.expectStatus(201)
			.json();
	}

}
