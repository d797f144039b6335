package org.healthcode.person;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.healthcode.identity.IdNumber;
import org.healthcode.identity.PersonName;
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
class ProfileIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PersonService persons;

	@Autowired
	JdbcClient jdbc;

	ApiClient api;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
	}

	@Test
	void residentRegistersNameAndIdNumberAndSeesThemMasked() {
		String token = this.api.residentToken(TestData.phone());
		String idNumber = TestData.idNumber();

		Response registered = this.api.put("/api/v1/me/profile", Map.of("name", "张小三", "idNumber", idNumber), token)
			.expectStatus(200);
		Response read = this.api.get("/api/v1/me/profile", token).expectStatus(200);

		String masked = idNumber.substring(0, 4) + "**********" + idNumber.substring(14);
		assertThat(registered.json().get("maskedName").asString()).isEqualTo("张*三");
		assertThat(registered.json().get("maskedIdNumber").asString()).isEqualTo(masked);
		assertThat(read.json().get("maskedName").asString()).isEqualTo("张*三");
		assertThat(read.json().get("maskedIdNumber").asString()).isEqualTo(masked);
		assertThat(registered.text()).doesNotContain(idNumber).doesNotContain("张小三");
	}

	@Test
	void nameAndIdNumberAreStoredOnlyEncrypted() {
		String token = this.api.residentToken(TestData.phone());
		String idNumber = TestData.idNumber();
		this.api.put("/api/v1/me/profile", Map.of("name", "Alice Wong", "idNumber", idNumber), token).expectStatus(200);

		List<byte[]> stored = this.jdbc
			.sql("select id_number_cipher || coalesce(name_cipher, ''::bytea) || id_number_index from person")
			.query(byte[].class)
			.list();

		assertThat(stored).isNotEmpty().noneMatch(bytes -> {
			String text = new String(bytes, StandardCharsets.ISO_8859_1);
			return text.contains(idNumber) || text.contains("Alice");
		});
	}

	@Test
	void registeringTheSameIdentityAgainChangesNothing() {
		String token = this.api.residentToken(TestData.phone());
		Map<String, String> profile = Map.of("name", "李四", "idNumber", TestData.idNumber());

		this.api.put("/api/v1/me/profile", profile, token).expectStatus(200);

		this.api.put("/api/v1/me/profile", profile, token).expectStatus(200);
	}

	@Test
	void anIdNumberRegisteredByOneAccountIsRefusedToAnother() {
		String idNumber = TestData.idNumber();
		this.api
			.put("/api/v1/me/profile", Map.of("name", "王五", "idNumber", idNumber),
					this.api.residentToken(TestData.phone()))
			.expectStatus(200);

		Response second = this.api.put("/api/v1/me/profile", Map.of("name", "王五", "idNumber", idNumber),
				this.api.residentToken(TestData.phone()));

		assertThat(second.status()).isEqualTo(409);
		assertThat(second.problemCode()).isEqualTo("ID_NUMBER_TAKEN");
		assertThat(second.text()).doesNotContain(idNumber);
	}

	@Test
	void anAccountCannotSwitchToAnotherIdNumber() {
		String token = this.api.residentToken(TestData.phone());
		this.api.put("/api/v1/me/profile", Map.of("name", "赵六", "idNumber", TestData.idNumber()), token)
			.expectStatus(200);

		Response other = this.api.put("/api/v1/me/profile", Map.of("name", "赵六", "idNumber", TestData.idNumber()),
				token);

		assertThat(other.status()).isEqualTo(409);
		assertThat(other.problemCode()).isEqualTo("PROFILE_ALREADY_REGISTERED");
	}

	@Test
	void aPersonKnownWithoutAccountIsClaimedByTheResidentWhoRegistersItUnderTheirOwnName() {
		String idNumber = TestData.idNumber();
		PersonProfile known = this.persons.findOrCreate(PersonName.parse("孙七"),
				IdNumber.parse(idNumber, java.time.LocalDate.now()));
		String token = this.api.residentToken(TestData.phone());

		// the name someone else typed earlier never stands in the way of the holder's own
		Response registered = this.api.put("/api/v1/me/profile", Map.of("name", "孙八", "idNumber", idNumber), token);

		assertThat(registered.status()).isEqualTo(200);
		assertThat(registered.json().get("maskedName").asString()).isEqualTo("孙*");
		long accountId = this.api.get("/api/v1/session", token).json().get("accountId").asLong();
		assertThat(this.persons.findByAccount(accountId)).get().extracting(PersonProfile::id).isEqualTo(known.id());
	}

	@Test
	void aNameThatDoesNotBelongToTheIdNumberIsRefusedAndRegistersNothing() {
		String token = this.api.residentToken(TestData.phone());

		Response wrongName = this.api.put("/api/v1/me/profile", Map.of("name", "冒名者", "idNumber", TestData.idNumber()),
				token);

		assertThat(wrongName.status()).isEqualTo(422);
		assertThat(wrongName.problemCode()).isEqualTo("IDENTITY_MISMATCH");
		assertThat(this.api.get("/api/v1/me/profile", token).problemCode()).isEqualTo("PROFILE_REQUIRED");
	}

	@Test
	void aPersonAnOfficialKnewOnlyByIdNumberGetsTheNameOfTheResidentWhoClaimsIt() {
		String idNumber = TestData.idNumber();
		PersonProfile unnamed = this.persons.findOrCreate(null, IdNumber.parse(idNumber, java.time.LocalDate.now()));
		String token = this.api.residentToken(TestData.phone());

		Response claimed = this.api.put("/api/v1/me/profile", Map.of("name", "周九", "idNumber", idNumber), token)
			.expectStatus(200);

		assertThat(unnamed.maskedName()).isEmpty();
		assertThat(claimed.json().get("maskedName").asString()).isEqualTo("周*");
		assertThat(this.persons.profile(unnamed.id()).maskedName()).isEqualTo("周*");
	}

	@Test
	void invalidInputIsRefusedWithAStableCode() {
		String token = this.api.residentToken(TestData.phone());
		String valid = TestData.idNumber();
		String wrongCheck = valid.substring(0, 17) + (valid.endsWith("0") ? "1" : "0");
		String badCheck = valid.substring(0, 17) + "Z";

		Response badId = this.api.put("/api/v1/me/profile", Map.of("name", "张三", "idNumber", wrongCheck), token);
		Response badShape = this.api.put("/api/v1/me/profile", Map.of("name", "张三", "idNumber", badCheck), token);
		Response badName = this.api.put("/api/v1/me/profile", Map.of("name", "张三3", "idNumber", TestData.idNumber()),
				token);
		Response missing = this.api.put("/api/v1/me/profile", Map.of("name", "张三"), token);

		assertThat(List.of(badId.status(), badShape.status(), badName.status(), missing.status())).containsOnly(400);
		assertThat(badId.problemCode()).isEqualTo("ID_NUMBER_INVALID");
		assertThat(badShape.problemCode()).isEqualTo("ID_NUMBER_INVALID");
		assertThat(badName.problemCode()).isEqualTo("NAME_INVALID");
		assertThat(missing.problemCode()).isEqualTo("VALIDATION_FAILED");
	}

	@Test
	void withoutRegistrationThereIsNoProfileAndStaffHaveNone() {
		String resident = this.api.residentToken(TestData.phone());
		Response none = this.api.get("/api/v1/me/profile", resident);
		Response noCode = this.api.get("/api/v1/me/health-code", resident);
		Response staff = this.api.get("/api/v1/me/profile", this.api.officialToken());

		assertThat(none.status()).isEqualTo(409);
		assertThat(none.problemCode()).isEqualTo("PROFILE_REQUIRED");
		assertThat(noCode.status()).isEqualTo(409);
		assertThat(noCode.problemCode()).isEqualTo("PROFILE_REQUIRED");
		assertThat(staff.status()).isEqualTo(403);
	}

}
