package org.healthcode.person;

import java.time.LocalDate;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.healthcode.account.AccountPrincipal;
import org.healthcode.account.Role;
import org.healthcode.identity.IdNumber;
import org.healthcode.identity.PersonName;
import org.healthcode.support.ApiClient;
import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.HealthCodeException;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.People;
import org.healthcode.support.People.Resident;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Issue 12 item 1: what anyone else typed for an ID number never becomes that person's
 * identity, and a real conflict has an audited way out instead of a dead end.
 */
@IntegrationTest
class IdentitySquattingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PersonService persons;

	ApiClient api;

	People people;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.people = new People(this.api);
	}

	@Test
	void aCompanionEntryUnderAMadeUpNameNeverBlocksTheOwnersRegistration() {
		Resident squatter = this.people.registeredResident("钱得利");
		String victimId = TestData.idNumber();
		long entry = this.people.companion(squatter, "假名字", victimId).get("id").asLong();
		this.api.delete("/api/v1/me/companions/" + entry, squatter.token()).expectStatus(204);

		String owner = this.api.residentToken(TestData.phone());
		Response registered = this.api.put("/api/v1/me/profile", Map.of("name", "韩梅梅", "idNumber", victimId), owner);

		assertThat(registered.status()).isEqualTo(200);
		assertThat(registered.json().get("maskedName").asString()).isEqualTo("韩*梅");
		PersonProfile person = this.persons.findByIdNumber(id(victimId)).orElseThrow();
		assertThat(person.maskedName()).isEqualTo("韩*梅");
		assertThat(person.accountId()).isEqualTo(accountOf(owner));
	}

	@Test
	void whileTheEntryExistsItStillDecidesNothing() {
		Resident squatter = this.people.registeredResident("孙得利");
		String victimId = TestData.idNumber();
		this.people.companion(squatter, "冯假名", victimId);

		String owner = this.api.residentToken(TestData.phone());
		this.api.put("/api/v1/me/profile", Map.of("name", "李雷", "idNumber", victimId), owner).expectStatus(200);

		assertThat(this.persons.findByIdNumber(id(victimId)).orElseThrow().maskedName()).isEqualTo("李*");
		// the squatter's entry keeps the name they typed and now waits for the owner
		JsonNode entry = this.api.get("/api/v1/me/companions", squatter.token()).json().get(0);
		assertThat(entry.get("maskedName").asString()).isEqualTo("冯*名");
		assertThat(entry.get("state").asString()).isEqualTo("AWAITING_CONFIRMATION");
		assertThat(entry.get("color").isNull()).isTrue();
	}

	@Test
	void aPersonAnOfficialCreatedByIdNumberAloneCannotBeHijacked() {
		String idNumber = TestData.idNumber();
		this.people.setColor(idNumber, "RED", "CLOSE_CONTACT");
		Resident squatter = this.people.registeredResident("周得利");
		long entry = this.people.companion(squatter, "周假名", idNumber).get("id").asLong();
		this.api.delete("/api/v1/me/companions/" + entry, squatter.token()).expectStatus(204);

		String owner = this.api.residentToken(TestData.phone());
		Response registered = this.api.put("/api/v1/me/profile", Map.of("name", "吴真名", "idNumber", idNumber), owner);

		assertThat(registered.status()).isEqualTo(200);
		assertThat(registered.json().get("maskedName").asString()).isEqualTo("吴*名");
		// the same person: the status the official set is the owner's now
		assertThat(this.api.get("/api/v1/me/health-code", owner).json().get("color").asString()).isEqualTo("RED");
	}

	@Test
	void aNameStaffTypedIsReplacedByTheHoldersOwnRegistrationAndThatIsAudited() {
		String idNumber = TestData.idNumber();
		this.api
			.put("/api/v1/health-status",
					Map.of("idNumber", idNumber, "name", "郑错字", "color", "YELLOW", "reason", "RISK_AREA_VISIT"),
					this.api.officialToken())
			.expectStatus(200);

		String owner = this.api.residentToken(TestData.phone());
		this.api.put("/api/v1/me/profile", Map.of("name", "郑正字", "idNumber", idNumber), owner).expectStatus(200);

		PersonProfile person = this.persons.findByIdNumber(id(idNumber)).orElseThrow();
		assertThat(person.maskedName()).isEqualTo("郑*字");
		assertThat(audit(idNumber, "PROFILE_REGISTERED").get("items").get(0).get("detail").asString())
			.isEqualTo("STAFF_NAME_REPLACED");
	}

	@Test
	void anIdNumberAnotherAccountHoldsIsRefusedAuditedAndCanBeGivenToItsOwnerByAnOfficial() {
		String idNumber = TestData.idNumber();
		String impostor = this.api.residentToken(TestData.phone());
		this.api.put("/api/v1/me/profile", Map.of("name", "陈小红", "idNumber", idNumber), impostor).expectStatus(200);
		String owner = this.api.residentToken(TestData.phone());

		Response taken = this.api.put("/api/v1/me/profile", Map.of("name", "陈小红", "idNumber", idNumber), owner);

		assertThat(taken.status()).isEqualTo(409);
		assertThat(taken.problemCode()).isEqualTo("ID_NUMBER_TAKEN");
		assertThat(taken.json().get("detail").asString()).contains("身份信息更正");
		assertThat(audit(idNumber, "IDENTITY_CONFLICT").get("total").asLong()).isEqualTo(1);

		// the impostor's code was shown: the node now knows whose code that account shows
		this.api.get("/api/v1/me/health-code", impostor).expectStatus(200);
		PersonId person = this.persons.findByIdNumber(id(idNumber)).orElseThrow().id();
		this.persons.reassign(person, accountOf(owner), PersonName.parse("陈小红"), official(),
				CorrectionReason.APPEAL_APPROVED);

		assertThat(this.api.get("/api/v1/me/profile", owner).expectStatus(200).json().get("maskedName").asString())
			.isEqualTo("陈*红");
		assertThat(this.api.get("/api/v1/me/profile", impostor).problemCode()).isEqualTo("PROFILE_REQUIRED");
		assertThat(this.api.get("/api/v1/me/health-code", impostor).problemCode()).isEqualTo("PROFILE_REQUIRED");
		assertThat(this.api.get("/api/v1/me/health-code", owner).expectStatus(200).json().get("maskedName").asString())
			.isEqualTo("陈*红");
		assertThat(audit(idNumber, "IDENTITY_REASSIGNED").get("total").asLong()).isEqualTo(1);
	}

	@Test
	void anOfficialCorrectsANameAfterAReviewAndIsAudited() {
		Resident resident = this.people.registeredResident("杨一");
		PersonId person = this.persons.findByIdNumber(id(resident.idNumber())).orElseThrow().id();

		PersonProfile corrected = this.persons.correctName(person, PersonName.parse("杨依依"), official(),
				CorrectionReason.OFFICIAL_REVIEW);

		assertThat(corrected.maskedName()).isEqualTo("杨*依");
		assertThat(this.api.get("/api/v1/me/profile", resident.token()).json().get("maskedName").asString())
			.isEqualTo("杨*依");
		JsonNode entry = audit(resident.idNumber(), "IDENTITY_CORRECTED").get("items").get(0);
		assertThat(entry.get("reason").asString()).isEqualTo("OFFICIAL_REVIEW");
		assertThat(entry.toString()).doesNotContain("杨依依").doesNotContain(resident.idNumber());
	}

	@Test
	void correctionsNeedStaffAndANameThatBelongsToTheIdNumber() {
		Resident resident = this.people.registeredResident("林二");
		PersonId person = this.persons.findByIdNumber(id(resident.idNumber())).orElseThrow().id();
		AccountPrincipal residentActor = new AccountPrincipal(Role.RESIDENT, accountOf(resident.token()), "r");

		assertThatExceptionOfType(HealthCodeException.class)
			.isThrownBy(() -> this.persons.correctName(person, PersonName.parse("林三"), residentActor,
					CorrectionReason.OFFICIAL_REVIEW))
			.extracting(HealthCodeException::code)
			.isEqualTo("FORBIDDEN");
		assertThatExceptionOfType(HealthCodeException.class)
			.isThrownBy(() -> this.persons.correctName(person, PersonName.parse("林冒名"), official(),
					CorrectionReason.OFFICIAL_REVIEW))
			.extracting(HealthCodeException::code)
			.isEqualTo("IDENTITY_MISMATCH");
		assertThat(this.api.get("/api/v1/me/profile", resident.token()).json().get("maskedName").asString())
			.isEqualTo("林*");
	}

	@Test
	void reassigningToAnAccountThatHoldsAnotherIdentityIsRefused() {
		Resident holder = this.people.registeredResident("黄一");
		Resident other = this.people.registeredResident("黄二");
		PersonId person = this.persons.findByIdNumber(id(holder.idNumber())).orElseThrow().id();

		assertThatExceptionOfType(HealthCodeException.class)
			.isThrownBy(() -> this.persons.reassign(person, accountOf(other.token()), PersonName.parse("黄一"),
					official(), CorrectionReason.APPEAL_APPROVED))
			.extracting(HealthCodeException::code)
			.isEqualTo("PROFILE_ALREADY_REGISTERED");
		assertThat(this.persons.findByIdNumber(id(holder.idNumber())).orElseThrow().accountId())
			.isEqualTo(accountOf(holder.token()));
	}

	private JsonNode audit(String idNumber, String action) {
		return this.api
			.post("/api/v1/audit/search", Map.of("idNumber", idNumber, "action", action), this.api.adminToken())
			.expectStatus(200)
			.json();
	}

	private AccountPrincipal official() {
		return new AccountPrincipal(Role.OFFICIAL, accountOf(this.api.officialToken()), "official");
	}

	private long accountOf(String token) {
		return this.api.get("/api/v1/session", token).json().get("accountId").asLong();
	}

	private static IdNumber id(String idNumber) {
		return IdNumber.parse(idNumber, LocalDate.now());
	}

}
