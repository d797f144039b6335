package org.healthcode.person;

import java.util.Map;

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

/**
 * Issue 12 item 9: person names refuse invisible characters and are compared in NFKC
 * form, in registration and companion entries alike.
 */
@IntegrationTest
class PersonNameTextIntegrationTests {

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
	void bidiOverridesAndZeroWidthCharactersInANameAreRefused() {
		String token = this.api.residentToken(TestData.phone());

		Response overridden = this.api.put("/api/v1/me/profile",
				Map.of("name", "王\u202E小明", "idNumber", TestData.idNumber()), token);
		Response zeroWidth = this.api.put("/api/v1/me/profile",
				Map.of("name", "王\u200D小明", "idNumber", TestData.idNumber()), token);

		assertThat(overridden.status()).isEqualTo(400);
		assertThat(overridden.problemCode()).isEqualTo("NAME_INVALID");
		assertThat(zeroWidth.problemCode()).isEqualTo("NAME_INVALID");
		assertThat(this.api.get("/api/v1/me/profile", token).problemCode()).isEqualTo("PROFILE_REQUIRED");
		Resident resident = this.people.registeredResident("王大明");
		Response companion = this.api.post("/api/v1/me/companions",
				Map.of("name", "王\u200B小宝", "idNumber", TestData.idNumber(), "relation", "CHILD"), resident.token());
		assertThat(companion.problemCode()).isEqualTo("NAME_INVALID");
		assertThat(this.api.get("/api/v1/me/companions", resident.token()).json()).isEmpty();
	}

	@Test
	void aNameInFullWidthLettersIsTheSameNameSoRegisteringAgainIsNoConflict() {
		String token = this.api.residentToken(TestData.phone());
		String idNumber = TestData.idNumber();

		Response fullWidth = this.api.put("/api/v1/me/profile", Map.of("name", "Ａｌｉｃｅ　Ｗａｎｇ", "idNumber", idNumber),
				token);
		Response plain = this.api.put("/api/v1/me/profile", Map.of("name", "Alice Wang", "idNumber", idNumber), token);

		assertThat(fullWidth.status()).isEqualTo(200);
		assertThat(plain.status()).isEqualTo(200);
		assertThat(plain.json()).isEqualTo(fullWidth.json());
	}

	@Test
	void theSameChildInFullWidthLettersIsADuplicateCompanion() {
		Resident resident = this.people.registeredResident("安娜");
		String childId = TestData.idNumber();
		this.people.companion(resident, "Ｔｏｍ", childId);

		Response again = this.api.post("/api/v1/me/companions",
				Map.of("name", "Tom", "idNumber", childId, "relation", "CHILD"), resident.token());

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.problemCode()).isEqualTo("COMPANION_DUPLICATE");
	}

}
