package org.healthcode.companion;

import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.healthcode.support.ApiClient;
import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.People;
import org.healthcode.support.People.Resident;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CompanionIntegrationTests {

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
	void aCompanionIsAPersonOfTheirOwnShownMaskedWithTheirColour() {
		Resident grandson = this.people.registeredResident("王小明");
		String grandmaId = TestData.idNumber();
		this.people.setColor(grandmaId, "YELLOW", "RISK_AREA_VISIT");

		JsonNode added = this.people.companion(grandson, "李秀英", grandmaId);

		assertThat(added.get("maskedName").asString()).isEqualTo("李*英");
		assertThat(added.get("maskedIdNumber").asString())
			.isEqualTo(grandmaId.substring(0, 4) + "**********" + grandmaId.substring(14));
		assertThat(added.get("color").asString()).isEqualTo("YELLOW");
		assertThat(added.get("withMe").asBoolean()).isTrue();
		assertThat(added.toString()).doesNotContain(grandmaId).doesNotContain("李秀英");
		JsonNode list = this.api.get("/api/v1/me/companions", grandson.token()).expectStatus(200).json();
		assertThat(list).hasSize(1);
	}

	@Test
	void atMostFourCompanionsByDefault() {
		Resident resident = this.people.registeredResident("赵大伟");
		for (int i = 0; i < 4; i++) {
			this.people.companion(resident, "赵小" + "一二三四".charAt(i), TestData.idNumber());
		}

		Response fifth = this.api.post("/api/v1/me/companions",
				Map.of("name", "赵小五", "idNumber", TestData.idNumber(), "relation", "CHILD"), resident.token());

		assertThat(fifth.status()).isEqualTo(409);
		assertThat(fifth.problemCode()).isEqualTo("COMPANION_LIMIT");
		assertThat(fifth.json().get("detail").asString()).contains("4");
	}

	@Test
	void noDuplicatesAndNotYourself() {
		Resident resident = this.people.registeredResident("钱多多");
		String childId = TestData.idNumber();
		this.people.companion(resident, "钱小多", childId);

		Response again = this.api.post("/api/v1/me/companions",
				Map.of("name", "钱小多", "idNumber", childId, "relation", "CHILD"), resident.token());
		Response self = this.api.post("/api/v1/me/companions",
				Map.of("name", resident.name(), "idNumber", resident.idNumber(), "relation", "OTHER"),
				resident.token());

		assertThat(again.problemCode()).isEqualTo("COMPANION_DUPLICATE");
		assertThat(self.status()).isEqualTo(400);
		assertThat(self.problemCode()).isEqualTo("COMPANION_SELF");
	}

	@Test
	void badInputIsRefusedAndChangesNothing() {
		Resident resident = this.people.registeredResident("孙悟空");

		Response badId = this.api.post("/api/v1/me/companions",
				Map.of("name", "孙小圣", "idNumber", "370101190102039974", "relation", "CHILD"), resident.token());
		Response badName = this.api.post("/api/v1/me/companions",
				Map.of("name", "<b>x</b>", "idNumber", TestData.idNumber(), "relation", "CHILD"), resident.token());
		Response badRelation = this.api.post("/api/v1/me/companions",
				Map.of("name", "孙小圣", "idNumber", TestData.idNumber(), "relation", "BOSS"), resident.token());

		assertThat(badId.problemCode()).isEqualTo("ID_NUMBER_INVALID");
		assertThat(badName.problemCode()).isEqualTo("NAME_INVALID");
		assertThat(badRelation.status()).isEqualTo(400);
		assertThat(this.api.get("/api/v1/me/companions", resident.token()).json()).isEmpty();
	}

	@Test
	void aResidentWithoutRealNameMustRegisterFirst() {
		String token = this.api.residentToken(TestData.phone());

		Response response = this.api.post("/api/v1/me/companions",
				Map.of("name", "周小周", "idNumber", TestData.idNumber(), "relation", "CHILD"), token);

		assertThat(response.status()).isEqualTo(409);
		assertThat(response.problemCode()).isEqualTo("PROFILE_REQUIRED");
	}

	@Test
	void onlyTheOwnerChangesOrRemovesACompanion() {
		Resident owner = this.people.registeredResident("吴用");
		Resident other = this.people.registeredResident("吴其");
		long id = this.people.companion(owner, "吴小用", TestData.idNumber()).get("id").asLong();

		assertThat(this.api.delete("/api/v1/me/companions/" + id, other.token()).status()).isEqualTo(404);
		assertThat(this.api
			.send(this.api.request("/api/v1/me/companions/" + id, other.token())
				.header("Content-Type", "application/json")
				.method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("{\"withMe\":false}")))
			.status()).isEqualTo(404);

		JsonNode updated = this.api
			.send(this.api.request("/api/v1/me/companions/" + id, owner.token())
				.header("Content-Type", "application/json")
				.method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("{\"withMe\":false}")))
			.json();
		assertThat(updated.get("withMe").asBoolean()).isFalse();
		this.api.delete("/api/v1/me/companions/" + id, owner.token()).expectStatus(204);
		assertThat(this.api.get("/api/v1/me/companions", owner.token()).json()).isEmpty();
	}

}
