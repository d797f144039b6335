package org.healthcode.venue;

import java.util.Map;

import org.healthcode.support.ApiClient;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.People;
import org.healthcode.support.People.Resident;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A venue's manager adds guards by phone and removes them; a guard sees only their
 * venues.
 */
@IntegrationTest
class VenueStaffIntegrationTests {

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
	void theManagerAddsAGuardWhoSeesOnlyTheirVenueAndRemovesThem() {
		Resident manager = this.people.registeredResident("车志强");
		long venue = this.people.venue(manager, "安保测试商场").get("id").asLong();
		long other = this.people.venue(manager, "另一家商场").get("id").asLong();
		String phone = TestData.phone();

		JsonNode added = this.api.post("/api/v1/venues/" + venue + "/staff", Map.of("phone", phone), manager.token())
			.expectStatus(201)
			.json();
		long guardAccount = added.get("accountId").asLong();
		assertThat(added.get("phone").asString()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
		assertThat(this.api.get("/api/v1/venues/" + venue + "/staff", manager.token()).expectStatus(200).json())
			.hasSize(1);

		String guard = this.api.residentToken(phone);
		JsonNode staffed = this.api.get("/api/v1/venues/staffed", guard).expectStatus(200).json();
		assertThat(staffed).hasSize(1);
		assertThat(staffed.get(0).get("id").asLong()).isEqualTo(venue);
		assertThat(staffed.toString()).doesNotContain(String.valueOf(other) + ",");
		assertThat(this.api.get("/api/v1/venues/" + venue, guard).status()).isEqualTo(404);

		this.api.delete("/api/v1/venues/" + venue + "/staff/" + guardAccount, manager.token()).expectStatus(204);
		assertThat(this.api.get("/api/v1/venues/staffed", guard).expectStatus(200).json()).isEmpty();
		assertThat(this.api.delete("/api/v1/venues/" + venue + "/staff/" + guardAccount, manager.token())
			.expectStatus(404)
			.problemCode()).isEqualTo("VENUE_STAFF_NOT_FOUND");
		JsonNode audit = this.api
			.post("/api/v1/audit/search", Map.of("action", "VENUE_STAFF_ADDED"), this.api.adminToken())
			.expectStatus(200)
			.json();
		assertThat(audit.toString()).contains("venue=" + venue + " account=" + guardAccount).doesNotContain(phone);
	}

	@Test
	void onlyTheManagerManagesStaffAndABadPhoneStoresNothing() {
		Resident manager = this.people.registeredResident("车志强");
		Resident stranger = this.people.registeredResident("房立新");
		long venue = this.people.venue(manager, "安保测试商场").get("id").asLong();

		assertThat(
				this.api.post("/api/v1/venues/" + venue + "/staff", Map.of("phone", TestData.phone()), stranger.token())
					.expectStatus(404)
					.problemCode())
			.isEqualTo("VENUE_NOT_FOUND");
		assertThat(this.api.get("/api/v1/venues/" + venue + "/staff", stranger.token()).status()).isEqualTo(404);
		assertThat(this.api.post("/api/v1/venues/" + venue + "/staff", Map.of("phone", "12345"), manager.token())
			.expectStatus(400)
			.problemCode()).isEqualTo("PHONE_INVALID");
		assertThat(this.api.get("/api/v1/venues/" + venue + "/staff", manager.token()).expectStatus(200).json())
			.isEmpty();
		assertThat(this.api
			.post("/api/v1/venues/" + venue + "/staff", Map.of("phone", TestData.phone()), this.api.officialToken())
			.status()).isEqualTo(403);
	}

}
