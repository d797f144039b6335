package org.healthcode.entry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.healthcode.support.ApiClient;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.People;
import org.healthcode.support.People.Resident;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entry rules over HTTP: a venue's manager sets its own, officials set a division's, the
 * strictest applies, bad values store nothing and every change is audited.
 */
@IntegrationTest
class EntryRuleIntegrationTests {

	// Linyi: no other test checks in there, so its division rules disturb nobody
	static final String PROVINCE = "370000";

	static final String CITY = "371300";

	static final String DISTRICT = "371302";

	@LocalServerPort
	int port;

	ApiClient api;

	People people;

	String official;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.people = new People(this.api);
		this.official = this.api.officialToken();
	}

	@AfterEach
	void clearDivisionRules() {
		for (String code : List.of(CITY, DISTRICT)) {
			this.api.put("/api/v1/entry-rules/divisions/" + code, rule(null, null, null), this.official)
				.expectStatus(200);
		}
	}

	@Test
	void theManagerSetsAndReadsTheVenuesRule() {
		Resident manager = this.people.registeredResident("邵明辉");
		long venue = this.people.venue(manager, "规则测试超市", DISTRICT).get("id").asLong();

		JsonNode set = this.api.put("/api/v1/venues/" + venue + "/entry-rule", rule("GREEN", 72, null), manager.token())
			.expectStatus(200)
			.json();
		assertThat(set.get("natWithinHours").asInt()).isEqualTo(72);

		JsonNode read = this.api.get("/api/v1/venues/" + venue + "/entry-rule", manager.token())
			.expectStatus(200)
			.json();
		assertThat(read.get("minColor").asString()).isEqualTo("GREEN");
		assertThat(read.get("natWithinHours").asInt()).isEqualTo(72);
		assertThat(read.get("vaccination").isNull()).isTrue();
		assertThat(audited("V:" + venue)).singleElement()
			.satisfies(entry -> assertThat(entry.get("detail").asString())
				.isEqualTo("minColor=GREEN natWithinHours=72 vaccination=null"));
	}

	@Test
	void anotherResidentNeitherReadsNorSetsTheRule() {
		Resident manager = this.people.registeredResident("邵明辉");
		Resident other = this.people.registeredResident("祁文博");
		long venue = this.people.venue(manager, "规则测试超市", DISTRICT).get("id").asLong();

		assertThat(
				this.api.get("/api/v1/venues/" + venue + "/entry-rule", other.token()).expectStatus(404).problemCode())
			.isEqualTo("VENUE_NOT_FOUND");
		assertThat(this.api.put("/api/v1/venues/" + venue + "/entry-rule", rule("GREEN", 24, null), other.token())
			.expectStatus(404)
			.problemCode()).isEqualTo("VENUE_NOT_FOUND");
		this.api.put("/api/v1/entry-rules/divisions/" + CITY, rule("GREEN", 24, null), manager.token())
			.expectStatus(403);
		assertThat(this.api.get("/api/v1/venues/" + venue + "/entry-rule", manager.token())
			.expectStatus(200)
			.json()
			.get("natWithinHours")
			.isNull()).isTrue();
	}

	@Test
	void aTestWindowOf36HoursIsRefusedAndNothingIsStored() {
		Resident manager = this.people.registeredResident("邵明辉");
		long venue = this.people.venue(manager, "规则测试超市", DISTRICT).get("id").asLong();
		this.api.put("/api/v1/venues/" + venue + "/entry-rule", rule(null, 48, null), manager.token())
			.expectStatus(200);

		assertThat(this.api.put("/api/v1/venues/" + venue + "/entry-rule", rule(null, 36, null), manager.token())
			.expectStatus(400)
			.problemCode()).isEqualTo("ENTRY_RULE_INVALID");
		assertThat(this.api.put("/api/v1/venues/" + venue + "/entry-rule", rule("RED", null, null), manager.token())
			.expectStatus(400)
			.problemCode()).isEqualTo("ENTRY_RULE_INVALID");
		assertThat(this.api.put("/api/v1/entry-rules/divisions/" + CITY, rule(null, 36, null), this.official)
			.expectStatus(400)
			.problemCode()).isEqualTo("ENTRY_RULE_INVALID");

		assertThat(this.api.get("/api/v1/venues/" + venue + "/entry-rule", manager.token())
			.expectStatus(200)
			.json()
			.get("natWithinHours")
			.asInt()).isEqualTo(48);
		assertThat(audited("V:" + venue)).hasSize(1);
	}

	@Test
	void aVenueInheritsTheStrictestOfItsDivisionsRules() {
		Resident manager = this.people.registeredResident("邵明辉");
		long venue = this.people.venue(manager, "规则测试超市", DISTRICT).get("id").asLong();
		this.api.put("/api/v1/venues/" + venue + "/entry-rule", rule("YELLOW", 72, null), manager.token())
			.expectStatus(200);
		this.api.put("/api/v1/entry-rules/divisions/" + CITY, rule(null, 48, "COMPLETE"), this.official)
			.expectStatus(200);
		this.api.put("/api/v1/entry-rules/divisions/" + DISTRICT, rule("GREEN", null, null), this.official)
			.expectStatus(200);

		JsonNode read = this.api.get("/api/v1/venues/" + venue + "/entry-rule", manager.token())
			.expectStatus(200)
			.json();
		assertThat(read.get("minColor").asString()).isEqualTo("YELLOW");
		JsonNode effective = read.get("effective");
		assertThat(effective.get("minColor").asString()).isEqualTo("GREEN");
		assertThat(effective.get("natWithinHours").asInt()).isEqualTo(48);
		assertThat(effective.get("vaccination").asString()).isEqualTo("COMPLETE");

		JsonNode district = this.api.get("/api/v1/entry-rules/divisions/" + DISTRICT, this.official)
			.expectStatus(200)
			.json();
		assertThat(district.get("natWithinHours").isNull()).isTrue();
		assertThat(district.get("effective").get("natWithinHours").asInt()).isEqualTo(48);
		assertThat(audited("D:" + CITY)).isNotEmpty();
	}

	@Test
	void anUnknownDivisionIsNotFound() {
		assertThat(this.api.put("/api/v1/entry-rules/divisions/379999", rule("GREEN", null, null), this.official)
			.expectStatus(404)
			.problemCode()).isEqualTo("ENTRY_RULE_DIVISION_UNKNOWN");
		assertThat(this.api.get("/api/v1/entry-rules/divisions/" + PROVINCE, this.official)
			.expectStatus(200)
			.json()
			.has("effective")).isTrue();
	}

	static Map<String, Object> rule(String minColor, Integer hours, String vaccination) {
		Map<String, Object> rule = new HashMap<>();
		rule.put("minColor", minColor);
		rule.put("natWithinHours", hours);
		rule.put("vaccination", vaccination);
		return rule;
	}

	private List<JsonNode> audited(String scope) {
		JsonNode items = this.api
			.post("/api/v1/audit/search", Map.of("action", "ENTRY_RULE_CHANGED"), this.api.adminToken())
			.expectStatus(200)
			.json()
			.get("items");
		return StreamSupport.stream(items.spliterator(), false)
			.filter(item -> scope.equals(item.get("reason").asString()))
			.toList();
	}

}
