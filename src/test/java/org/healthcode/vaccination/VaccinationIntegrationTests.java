package org.healthcode.vaccination;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.healthcode.support.ApiClient;
import org.healthcode.support.SiteStaff;
import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.People;
import org.healthcode.support.People.Resident;
import org.healthcode.support.TestData;
import org.healthcode.support.DisplayZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vaccination points report doses over HTTP: stored for registered and unregistered
 * persons, idempotent, names checked per record, malformed batches refused whole, and
 * only vaccinators may report; residents read their own and their companions' records.
 */
@IntegrationTest
class VaccinationIntegrationTests {

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
	void dosesAreStoredOnceAndGiveTheState() {
		String vaccinator = staff("VACCINATOR");
		Resident resident = this.people.registeredResident("孙丽华");
		String stranger = TestData.idNumber();
		Map<String, Object> body = Map.of("records",
				List.of(record(resident.idNumber(), resident.name(), 1, "2021-05-01"),
						record(resident.idNumber(), resident.name(), 2, "2021-06-01"),
						record(stranger, "周志强", 1, "2021-05-02"), record(stranger, "周志强", 1, "2021-05-02")));

		JsonNode first = this.api.post("/api/v1/vaccinations", body, vaccinator).expectStatus(200).json();
		JsonNode second = this.api.post("/api/v1/vaccinations", body, vaccinator).expectStatus(200).json();

		assertThat(first.get("accepted").asInt()).isEqualTo(3);
		assertThat(first.get("duplicates").asInt()).isEqualTo(1);
		assertThat(second.get("accepted").asInt()).isZero();
		assertThat(second.get("duplicates").asInt()).isEqualTo(4);
		JsonNode mine = this.api.get("/api/v1/me/vaccinations", resident.token()).expectStatus(200).json();
		assertThat(mine.get("state").asString()).isEqualTo("COMPLETE");
		assertThat(mine.get("doses").asInt()).isEqualTo(2);
		assertThat(mine.get("records").get(1).get("vaccinatedOn").asString()).isEqualTo("2021-06-01");
		JsonNode audit = this.api
			.post("/api/v1/audit/search", Map.of("idNumber", resident.idNumber(), "action", "VACCINATION_RECORDED"),
					this.api.adminToken())
			.expectStatus(200)
			.json();
		assertThat(audit.get("total").asInt()).isEqualTo(2);
		assertThat(audit.get("items").get(0).get("actorRole").asString()).isEqualTo("VACCINATOR");
		assertThat(audit.toString()).doesNotContain(resident.name()).doesNotContain(resident.idNumber());
	}

	@Test
	void aDoseForSomeoneNotRegisteredYetIsTheirsWhenTheyRegister() {
		String vaccinator = staff("VACCINATOR");
		String idNumber = TestData.idNumber();
		this.api
			.post("/api/v1/vaccinations", Map.of("records", List.of(record(idNumber, "钱文静", 3, "2022-01-10"))),
					vaccinator)
			.expectStatus(200);

		String token = this.api.residentToken(TestData.phone());
		this.api.put("/api/v1/me/profile", Map.of("name", "钱文静", "idNumber", idNumber), token).expectStatus(200);

		JsonNode mine = this.api.get("/api/v1/me/vaccinations", token).expectStatus(200).json();
		assertThat(mine.get("state").asString()).isEqualTo("PARTIAL");
		assertThat(mine.get("records").get(0).get("dose").asInt()).isEqualTo(3);
	}

	@Test
	void aNameThatIsNotThePersonsIsRefusedOnItsOwnWithoutShowingTheName() {
		String vaccinator = staff("VACCINATOR");
		Resident resident = this.people.registeredResident("郑国庆");
		String other = TestData.idNumber();

		JsonNode outcome = this.api.post("/api/v1/vaccinations", Map.of("records",
				List.of(record(resident.idNumber(), "郑国强", 1, "2021-05-01"), record(other, "冯晓梅", 1, "2021-05-01"))),
				vaccinator)
			.expectStatus(200)
			.json();

		assertThat(outcome.get("accepted").asInt()).isEqualTo(1);
		assertThat(outcome.get("rejected")).hasSize(1);
		assertThat(outcome.get("rejected").get(0).get("index").asInt()).isZero();
		assertThat(outcome.get("rejected").get(0).get("code").asString()).isEqualTo("IDENTITY_MISMATCH");
		assertThat(outcome.toString()).doesNotContain("郑国庆").doesNotContain(resident.idNumber());
		assertThat(state(resident.token())).isEqualTo("NONE");
	}

	@Test
	void aMalformedRecordRefusesTheWholeBatch() {
		String vaccinator = staff("VACCINATOR");
		Resident resident = this.people.registeredResident("褚建华");
		String tomorrow = LocalDate.now(DisplayZone.ZONE).plusDays(2).toString();
		Map<String, String> cases = new LinkedHashMap<>();
		cases.put("dose0", "VACCINATION_DOSE_INVALID");
		cases.put("future", "VACCINATION_DATE_INVALID");
		cases.put("badId", "VACCINATION_ID_NUMBER_INVALID");
		for (Map.Entry<String, String> each : cases.entrySet()) {
			Map<String, Object> bad = switch (each.getKey()) {
				case "dose0" -> record(resident.idNumber(), resident.name(), 0, "2021-05-01");
				case "future" -> record(resident.idNumber(), resident.name(), 2, tomorrow);
				default -> record("370101190102039972", "卫东", 2, "2021-05-01");
			};
			Response answer = this.api.post("/api/v1/vaccinations",
					Map.of("records", List.of(record(resident.idNumber(), resident.name(), 1, "2021-05-01"), bad)),
					vaccinator);
			assertThat(answer.status()).as(each.getKey()).isEqualTo(400);
			assertThat(answer.problemCode()).as(each.getKey()).isEqualTo(each.getValue());
		}
		assertThat(state(resident.token())).isEqualTo("NONE");
	}

	@Test
	void onlyVaccinatorsReportAndResidentsReadOnlyTheirOwnCompanions() {
		Resident resident = this.people.registeredResident("蒋春梅");
		Map<String, Object> body = Map.of("records",
				List.of(record(resident.idNumber(), resident.name(), 1, "2021-05-01")));
		assertThat(this.api.post("/api/v1/vaccinations", body, resident.token()).status()).isEqualTo(403);
		assertThat(this.api.post("/api/v1/vaccinations", body, this.api.officialToken()).status()).isEqualTo(403);
		assertThat(this.api.post("/api/v1/vaccinations", body, staff("LAB")).status()).isEqualTo(403);
		assertThat(state(resident.token())).isEqualTo("NONE");

		String grandpaId = TestData.idNumber();
		long companion = this.people.companion(resident, "沈德明", grandpaId).get("id").asLong();
		this.api
			.post("/api/v1/vaccinations",
					Map.of("records", List.of(record(grandpaId, "沈德明", 1, "2021-05-01"),
							record(grandpaId, "沈德明", 2, "2021-06-01"), record(grandpaId, "沈德明", 3, "2021-12-01"))),
					staff("VACCINATOR"))
			.expectStatus(200);
		JsonNode grandpa = this.api.get("/api/v1/me/companions/" + companion + "/vaccinations", resident.token())
			.expectStatus(200)
			.json();
		assertThat(grandpa.get("state").asString()).isEqualTo("BOOSTER");

		Resident stranger = this.people.registeredResident("韩雪");
		assertThat(this.api.get("/api/v1/me/companions/" + companion + "/vaccinations", stranger.token()).status())
			.isEqualTo(404);
		assertThat(this.api.get("/api/v1/me/vaccinations", staff("VACCINATOR")).status()).isEqualTo(403);
	}

	private String state(String token) {
		return this.api.get("/api/v1/me/vaccinations", token).expectStatus(200).json().get("state").asString();
	}

	private static Map<String, Object> record(String idNumber, String name, int dose, String on) {
		return Map.of("idNumber", idNumber, "name", name, "dose", dose, "product", "北京生物", "vaccinatedOn", on);
	}

	/** A new staff account of the role at a Lixia vaccination site, signed in. */
	private String staff(String role) {
		return new SiteStaff(this.api).token(role, "历下区接种点", "370102");
	}

}
