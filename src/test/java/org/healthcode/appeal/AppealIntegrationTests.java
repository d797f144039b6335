package org.healthcode.appeal;

import java.net.http.HttpRequest;
import java.util.Arrays;
import java.util.Map;

import org.healthcode.identity.IdNumber;
import org.healthcode.person.PersonService;
import org.healthcode.support.ApiClient;
import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.People;
import org.healthcode.support.People.Resident;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Appeals end to end: filed with attachments checked by content, worked by an official
 * who reads the case (audited), decided, told to the resident; bad uploads and others'
 * people refused with nothing changed.
 */
@IntegrationTest
class AppealIntegrationTests {

	static final byte[] JPEG = bytes(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }, 2000);

	static final byte[] PDF = bytes("%PDF-1.7\n".getBytes(), 1000);

	static final byte[] EXE = bytes(new byte[] { 'M', 'Z', (byte) 0x90, 0 }, 1000);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonService persons;

	@Autowired
	org.healthcode.support.TestClock clock;

	ApiClient api;

	People people;

	String official;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.people = new People(this.api);
		this.official = this.api.officialToken();
	}

	@Test
	void anApprovedAppealWithAttachmentsTurnsTheCodeGreenAndTellsTheResident() {
		Resident resident = this.people.registeredResident("钱晓峰");
		this.people.setColor(resident.idNumber(), "RED", "CLOSE_CONTACT");
		long id = file(resident, "SELF", "NOT_THERE", null).get("id").asLong();
		upload(resident, id, JPEG, "image/jpeg").expectStatus(201);
		JsonNode appeal = upload(resident, id, PDF, "application/pdf").expectStatus(201).json();
		assertThat(appeal.get("attachments").asInt()).isEqualTo(2);
		assertThat(appeal.get("state").asString()).isEqualTo("OPEN");

		JsonNode queued = find(this.api.get("/api/v1/appeals?state=OPEN", this.official).expectStatus(200).json(), id);
		assertThat(queued.get("minutesLeft").asLong()).isBetween(1430L, 1440L);
		assertThat(queued.get("maskedName").asString()).isEqualTo("钱*峰");

		JsonNode file = this.api.get("/api/v1/appeals/" + id, this.official).expectStatus(200).json();
		assertThat(file.get("details").asString()).isEqualTo("那天我在外地出差");
		assertThat(file.get("currentColor").asString()).isEqualTo("RED");
		long attachmentId = file.get("attachments").get(0).get("id").asLong();
		Response content = this.api.get("/api/v1/appeals/" + id + "/attachments/" + attachmentId, this.official)
			.expectStatus(200);
		assertThat(content.body()).isEqualTo(JPEG);
		assertThat(content.header("Content-Type")).isEqualTo("image/jpeg");
		long personId = this.persons.findByIdNumber(IdNumber.parse(resident.idNumber(), java.time.LocalDate.now()))
			.orElseThrow()
			.id()
			.value();
		assertThat(auditActions(personId)).contains("APPEAL_QUEUE_READ", "APPEAL_CASE_READ", "APPEAL_ATTACHMENT_READ");

		this.api
			.post("/api/v1/appeals/" + id + "/decision", Map.of("decision", "APPROVE", "note", "核实无误"), this.official)
			.expectStatus(200);

		assertThat(this.people.color(resident)).isEqualTo("GREEN");
		JsonNode notice = this.api.get("/api/v1/me/notices", resident.token()).expectStatus(200).json().get(0);
		assertThat(notice.get("kind").asString()).isEqualTo("APPEAL_DECIDED");
		assertThat(notice.get("reason").asString()).isEqualTo("APPEAL_APPROVED");
		assertThat(notice.get("advice").asString()).contains("申诉已通过");
		JsonNode decided = this.api.get("/api/v1/me/appeals/" + id, resident.token()).expectStatus(200).json();
		assertThat(decided.get("state").asString()).isEqualTo("APPROVED");
		assertThat(auditActions(personId)).contains("APPEAL_APPROVED");
		assertThat(this.api
			.post("/api/v1/appeals/" + id + "/decision", Map.of("decision", "REJECT", "note", "x"), this.official)
			.expectStatus(409)
			.problemCode()).isEqualTo("APPEAL_ALREADY_DECIDED");
	}

	@Test
	void aRejectionKeepsTheColourAndTellsWhy() {
		Resident resident = this.people.registeredResident("孙雅琴");
		this.people.setColor(resident.idNumber(), "YELLOW", "SECONDARY_CONTACT");
		long id = file(resident, "SELF", "ALREADY_TESTED", null).get("id").asLong();

		assertThat(this.api.post("/api/v1/appeals/" + id + "/decision", Map.of("decision", "REJECT"), this.official)
			.expectStatus(400)
			.problemCode()).isEqualTo("APPEAL_NOTE_REQUIRED");
		this.api
			.post("/api/v1/appeals/" + id + "/decision", Map.of("decision", "REJECT", "note", "检测时间早于暴露时间"),
					this.official)
			.expectStatus(200);

		JsonNode appeal = this.api.get("/api/v1/me/appeals/" + id, resident.token()).expectStatus(200).json();
		assertThat(appeal.get("state").asString()).isEqualTo("REJECTED");
		assertThat(appeal.get("decisionNote").asString()).isEqualTo("检测时间早于暴露时间");
		assertThat(this.people.color(resident)).isEqualTo("YELLOW");
		JsonNode notice = this.api.get("/api/v1/me/notices", resident.token()).expectStatus(200).json().get(0);
		assertThat(notice.get("reason").asString()).isEqualTo("APPEAL_REJECTED");
	}

	@Test
	void anApprovedIdentityCorrectionCorrectsTheCompanionsName() {
		Resident owner = this.people.registeredResident("郑美玲");
		String idNumber = TestData.idNumber();
		long companionId = this.people.companion(owner, "郑国墙", idNumber).get("id").asLong();
		long id = file(owner, String.valueOf(companionId), "IDENTITY_CORRECTION", "郑国强").get("id").asLong();

		this.api
			.post("/api/v1/appeals/" + id + "/decision", Map.of("decision", "APPROVE", "note", "户口本核对"), this.official)
			.expectStatus(200);

		assertThat(this.persons.findByIdNumber(IdNumber.parse(idNumber, java.time.LocalDate.now()))
			.orElseThrow()
			.maskedName()).isEqualTo("郑*强");
		JsonNode notice = this.api.get("/api/v1/me/notices", owner.token()).expectStatus(200).json().get(0);
		assertThat(notice.get("kind").asString()).isEqualTo("APPEAL_DECIDED");
		assertThat(notice.get("companionMaskedName").asString()).isEqualTo("郑*强");
	}

	@Test
	void badUploadsAndOthersPeopleAreRefusedAndChangeNothing() {
		Resident resident = this.people.registeredResident("胡志明");
		Resident other = this.people.registeredResident("高雪梅");
		long othersCompanion = this.people.companion(other, "高大山", TestData.idNumber()).get("id").asLong();
		long id = file(resident, "SELF", "WRONG_PERSON", null).get("id").asLong();

		assertThat(upload(resident, id, EXE, "image/jpeg").expectStatus(415).problemCode())
			.isEqualTo("APPEAL_ATTACHMENT_TYPE");
		Response tooLarge = upload(resident, id, bytes(JPEG, 6 * 1024 * 1024), "image/jpeg");
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.problemCode()).isEqualTo("BODY_TOO_LARGE");
		for (int i = 0; i < 3; i++) {
			upload(resident, id, JPEG, "image/jpeg").expectStatus(201);
		}
		assertThat(upload(resident, id, PDF, "application/pdf").expectStatus(409).problemCode())
			.isEqualTo("APPEAL_ATTACHMENT_LIMIT");
		assertThat(upload(other, id, JPEG, "image/jpeg").expectStatus(404).problemCode()).isEqualTo("APPEAL_NOT_FOUND");
		assertThat(this.api.get("/api/v1/me/appeals/" + id, resident.token())
			.expectStatus(200)
			.json()
			.get("attachments")
			.asInt()).isEqualTo(3);

		Response second = this.api.post("/api/v1/me/appeals",
				Map.of("subject", "SELF", "reason", "OTHER", "details", "再次申诉"), resident.token());
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.problemCode()).isEqualTo("APPEAL_ALREADY_OPEN");
		Response notMine = this.api.post("/api/v1/me/appeals",
				Map.of("subject", String.valueOf(othersCompanion), "reason", "OTHER", "details", "x"),
				resident.token());
		assertThat(notMine.status()).isEqualTo(404);
		assertThat(notMine.problemCode()).isEqualTo("COMPANION_NOT_FOUND");
		assertThat(this.api.get("/api/v1/me/appeals", resident.token()).expectStatus(200).json().size()).isEqualTo(1);

		assertThat(this.api.get("/api/v1/me/appeals/" + id, other.token()).expectStatus(404).problemCode())
			.isEqualTo("APPEAL_NOT_FOUND");
		long attachmentId = this.api.get("/api/v1/appeals/" + id, this.official)
			.expectStatus(200)
			.json()
			.get("attachments")
			.get(0)
			.get("id")
			.asLong();
		assertThat(this.api.get("/api/v1/appeals/" + id + "/attachments/" + attachmentId, resident.token()).status())
			.isEqualTo(403);
		assertThat(this.api.get("/api/v1/appeals?state=CLOSED", this.official).expectStatus(400).problemCode())
			.isEqualTo("APPEAL_STATE_INVALID");
	}

	@Test
	void pagesOfTheAppealDeskAndItsAttachmentsAreForOfficialsOnly() {
		String phone = TestData.phone();
		String token = this.api.residentToken(phone);
		String idNumber = TestData.idNumber();
		this.api.put("/api/v1/me/profile", Map.of("name", "唐婉儿", "idNumber", idNumber), token).expectStatus(200);
		Resident resident = new Resident(token, "唐婉儿", idNumber);
		long id = file(resident, "SELF", "OTHER", null).get("id").asLong();
		upload(resident, id, JPEG, "image/jpeg").expectStatus(201);
		long attachmentId = this.api.get("/api/v1/appeals/" + id, this.official)
			.expectStatus(200)
			.json()
			.get("attachments")
			.get(0)
			.get("id")
			.asLong();
		long personId = this.persons.findByIdNumber(IdNumber.parse(idNumber, java.time.LocalDate.now()))
			.orElseThrow()
			.id()
			.value();
		int reads = auditActions(personId).size();

		// the appellant's own browser, a minute later (the SMS code interval)
		org.healthcode.support.PageSession page = new org.healthcode.support.PageSession(this.port);
		this.clock.advance(java.time.Duration.ofSeconds(61));
		try {
			page.loginResident(phone);
			assertThat(page.get("/me/appeals").statusCode()).isEqualTo(200);
			assertThat(page.get("/official/appeals").statusCode()).isEqualTo(403);
			assertThat(page.get("/official/appeals/" + id).statusCode()).isEqualTo(403);
			assertThat(page.get("/official/appeals/" + id + "/attachments/" + attachmentId).statusCode())
				.isEqualTo(403);
			assertThat(page.get("/official/risk-areas").statusCode()).isEqualTo(403);
		}
		finally {
			this.clock.reset();
		}
		assertThat(auditActions(personId)).hasSize(reads);
	}

	private JsonNode file(Resident resident, String subject, String reason, String correctedName) {
		Map<String, Object> request = new java.util.HashMap<>(
				Map.of("subject", subject, "reason", reason, "details", "那天我在外地出差"));
		if (correctedName != null) {
			request.put("correctedName", correctedName);
		}
		return this.api.post("/api/v1/me/appeals", request, resident.token()).expectStatus(201).json();
	}

	private Response upload(Resident resident, long id, byte[] content, String type) {
		return this.api.send(this.api.request("/api/v1/me/appeals/" + id + "/attachments", resident.token())
			.header("Content-Type", type)
			.POST(HttpRequest.BodyPublishers.ofByteArray(content)));
	}

	private java.util.List<String> auditActions(long personId) {
		return this.jdbc.sql("select action from audit_event where person_id = :person")
			.param("person", personId)
			.query(String.class)
			.list();
	}

	private static JsonNode find(JsonNode list, long id) {
		for (JsonNode entry : list) {
			if (entry.get("id").asLong() == id) {
				return entry;
			}
		}
		throw new AssertionError("appeal " + id + " not in the queue");
	}

	private static byte[] bytes(byte[] start, int size) {
		byte[] content = Arrays.copyOf(start, size);
		for (int i = start.length; i < size; i++) {
			content[i] = (byte) (i * 31);
		}
		return content;
	}

}
