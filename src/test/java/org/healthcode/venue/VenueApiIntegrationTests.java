package org.healthcode.venue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.healthcode.support.ApiClient;
import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class VenueApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ApiClient api;

	String resident;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.resident = this.api.residentToken(TestData.phone());
	}

	@Test
	void applyingGeneratesTheCodeAtOnceWithTheApplicantAsManager() {
		String name = VenueRequests.uniqueName("老济南把子肉");
		Map<String, Object> request = VenueRequests.restaurant(name);
		String phone = (String) VenueRequests.manager(request).get("phone");
		String idNumber = (String) VenueRequests.manager(request).get("idNumber");

		Response created = this.api.post("/api/v1/venues", request, this.resident).expectStatus(201);

		JsonNode venue = created.json();
		assertThat(created.header("Location")).isEqualTo("/api/v1/venues/" + venue.get("id").asLong());
		assertThat(venue.get("name").asString()).isEqualTo(name);
		assertThat(venue.get("category").asString()).isEqualTo("CATERING_LODGING_RETAIL");
		assertThat(venue.get("subtype").asString()).isEqualTo("CATERING");
		assertThat(venue.get("divisionCode").asString()).isEqualTo("370102");
		assertThat(venue.get("divisionName").asString()).isEqualTo("山东省济南市历下区");
		assertThat(venue.get("address").asString()).isEqualTo("泉城路 188 号");
		assertThat(venue.get("location").get("lat").asDouble()).isEqualTo(36.6651);
		assertThat(venue.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(venue.get("contactWindowMinutes").asInt()).isEqualTo(120);
		String token = venue.get("token").asString();
		assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+").hasSizeLessThan(140);
		assertThat(venue.get("scanUrl").asString()).isEqualTo("http://localhost:8080/s/" + token);
		assertThat(venue.get("manager").get("name").asString()).isEqualTo("张*三");
		assertThat(venue.get("manager").get("phone").asString())
			.isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
		assertThat(venue.get("manager").get("idNumber").asString())
			.isEqualTo("3701**********" + idNumber.substring(14));
		assertThat(created.text()).doesNotContain(phone, idNumber, "张小三");

		JsonNode mine = this.api.get("/api/v1/venues/mine", this.resident).expectStatus(200).json();
		assertThat(mine).hasSize(1);
		assertThat(mine.get(0).get("id").asLong()).isEqualTo(venue.get("id").asLong());
		assertThat(this.api.get("/api/v1/venues/" + venue.get("id").asLong(), this.resident)
			.expectStatus(200)
			.json()
			.get("token")
			.asString()).isEqualTo(token);
	}

	@Test
	void theManagersDataIsStoredOnlyEncrypted() {
		Map<String, Object> request = VenueRequests.restaurant(VenueRequests.uniqueName("加密测试"));
		String phone = (String) VenueRequests.manager(request).get("phone");
		String idNumber = (String) VenueRequests.manager(request).get("idNumber");
		long id = this.api.post("/api/v1/venues", request, this.resident).expectStatus(201).json().get("id").asLong();

		Map<String, Object> row = this.jdbc.sql("""
				select manager_name_cipher, manager_phone_cipher, manager_phone_index, manager_id_number_cipher,
				       manager_id_number_index from venue where id = :id
				""").param("id", id).query().singleRow();

		assertThat(row.values()).allSatisfy(value -> {
			String bytes = new String((byte[]) value, StandardCharsets.ISO_8859_1);
			assertThat(bytes).doesNotContain(phone, idNumber);
			assertThat(new String((byte[]) value, StandardCharsets.UTF_8)).doesNotContain("张小三");
		});
	}

	@Test
	void optionalFieldsMayBeLeftOut() {
		Map<String, Object> request = VenueRequests.restaurant(VenueRequests.uniqueName("无定位小店"));
		request.remove("location");
		request.put("category", "COMMUNITY_CONSTRUCTION");
		request.put("subtype", "RESIDENTIAL_COMMUNITY");
		request.put("divisionCode", "371728");

		JsonNode venue = this.api.post("/api/v1/venues", request, this.resident).expectStatus(201).json();

		assertThat(venue.get("location").isNull()).isTrue();
		assertThat(venue.get("divisionName").asString()).isEqualTo("山东省菏泽市东明县");
		assertThat(venue.get("contactWindowMinutes").asInt()).isEqualTo(60);
	}

	@Test
	void anotherResidentsVenueDoesNotExistForYou() {
		long id = this.api
			.post("/api/v1/venues", VenueRequests.restaurant(VenueRequests.uniqueName("别人的店")), this.resident)
			.expectStatus(201)
			.json()
			.get("id")
			.asLong();
		String other = this.api.residentToken(TestData.phone());

		for (String path : new String[] { "", "/poster.png", "/poster.pdf" }) {
			Response response = this.api.get("/api/v1/venues/" + id + path, other);
			assertThat(response.status()).as(path).isEqualTo(404);
			assertThat(response.problemCode()).as(path).isEqualTo("VENUE_NOT_FOUND");
		}
		for (String action : new String[] { "suspend", "reactivate", "regenerate" }) {
			Response response = this.api.post("/api/v1/venues/" + id + "/" + action, Map.of(), other);
			assertThat(response.status()).as(action).isEqualTo(404);
			assertThat(response.problemCode()).as(action).isEqualTo("VENUE_NOT_FOUND");
		}
		assertThat(this.api.get("/api/v1/venues/mine", other).json()).isEmpty();
		assertThat(this.api.get("/api/v1/venues/" + id, this.resident).json().get("status").asString())
			.isEqualTo("ACTIVE");
		assertThat(this.api.get("/api/v1/venues/987654321", this.resident).problemCode()).isEqualTo("VENUE_NOT_FOUND");
	}

	@Test
	void venueEndpointsAreForResidentsOnly() {
		String official = this.api.officialToken();

		Response apply = this.api.post("/api/v1/venues", VenueRequests.restaurant(VenueRequests.uniqueName("官员")),
				official);
		Response mine = this.api.get("/api/v1/venues/mine", official);
		Response anonymous = this.api.get("/api/v1/venues/mine", null);

		assertThat(apply.status()).isEqualTo(403);
		assertThat(apply.problemCode()).isEqualTo("FORBIDDEN");
		assertThat(mine.status()).isEqualTo(403);
		assertThat(this.api.get("/api/v1/venues/mine", this.api.adminToken()).status()).isEqualTo(403);
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.problemCode()).isEqualTo("UNAUTHENTICATED");
	}

	@Test
	void theSameVenueTwiceNeedsAnExplicitConfirmation() {
		String name = VenueRequests.uniqueName("Sunny Café");
		this.api.post("/api/v1/venues", VenueRequests.restaurant(name), this.resident).expectStatus(201);
		// the same after normalisation: case, full-width letters, extra blanks
		Map<String, Object> again = VenueRequests.restaurant("  " + name.toUpperCase().replace("S", "Ｓ") + " ");
		again.put("address", "泉城路188号");

		Response duplicate = this.api.post("/api/v1/venues", again, this.resident);

		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.problemCode()).isEqualTo("VENUE_DUPLICATE");
		again.put("confirmDuplicate", true);
		this.api.post("/api/v1/venues", again, this.resident).expectStatus(201);
		Map<String, Object> elsewhere = VenueRequests.restaurant(name);
		elsewhere.put("divisionCode", "370103");
		this.api.post("/api/v1/venues", elsewhere, this.resident).expectStatus(201);
		assertThat(this.api.get("/api/v1/venues/mine", this.resident).json()).hasSize(3);
	}

	@Test
	void suspendReactivateAndRegenerateChangeTheCode() {
		JsonNode venue = this.api
			.post("/api/v1/venues", VenueRequests.restaurant(VenueRequests.uniqueName("状态")), this.resident)
			.expectStatus(201)
			.json();
		String path = "/api/v1/venues/" + venue.get("id").asLong();

		assertThat(this.api.post(path + "/suspend", Map.of(), this.resident)
			.expectStatus(200)
			.json()
			.get("status")
			.asString()).isEqualTo("SUSPENDED");
		assertThat(this.api.post(path + "/suspend", Map.of(), this.resident)
			.expectStatus(200)
			.json()
			.get("status")
			.asString()).isEqualTo("SUSPENDED");
		assertThat(this.api.post(path + "/reactivate", Map.of(), this.resident)
			.expectStatus(200)
			.json()
			.get("status")
			.asString()).isEqualTo("ACTIVE");
		JsonNode regenerated = this.api.post(path + "/regenerate", Map.of(), this.resident).expectStatus(200).json();
		assertThat(regenerated.get("tokenVersion").asInt()).isEqualTo(2);
		assertThat(regenerated.get("token").asString()).isNotEqualTo(venue.get("token").asString());
		assertThat(regenerated.get("scanUrl").asString()).endsWith("/s/" + regenerated.get("token").asString());
	}

	@Test
	void oneAccountManagesAtMostTwentyVenues() {
		for (int i = 0; i < 20; i++) {
			this.api
				.post("/api/v1/venues", VenueRequests.restaurant(VenueRequests.uniqueName("连锁店" + i)), this.resident)
				.expectStatus(201);
		}

		Response tooMany = this.api.post("/api/v1/venues", VenueRequests.restaurant(VenueRequests.uniqueName("连锁店")),
				this.resident);

		assertThat(tooMany.status()).isEqualTo(409);
		assertThat(tooMany.problemCode()).isEqualTo("VENUE_LIMIT");
		assertThat(tooMany.json().get("detail").asString()).contains("20");
	}

}
