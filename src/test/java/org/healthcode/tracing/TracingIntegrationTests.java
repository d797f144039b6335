package org.healthcode.tracing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.healthcode.identity.IdNumber;
import org.healthcode.person.PersonService;
import org.healthcode.support.ApiClient;
import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.People.Resident;
import org.healthcode.support.TestClock;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class TracingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonService persons;

	TracingScenario scenario;

	ApiClient api;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.scenario = new TracingScenario(this.api, this.clock, this.jdbc);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void trajectoryListsOwnCheckInsAndThoseMadeAsACompanionWithVenueFactsAndIsAudited() {
		Resident grandson = this.scenario.people.registeredResident("王小明");
		Resident manager = this.scenario.people.registeredResident("刘店长");
		JsonNode clinic = this.scenario.people.venue(manager, "社区诊所");
		JsonNode market = this.scenario.people.venue(manager, "农贸市场");
		String grandmaId = TestData.idNumber();
		JsonNode grandma = this.scenario.people.companion(grandson, "李秀英", grandmaId);
		this.scenario.checkIn(grandson, clinic, grandma.get("id").asLong());
		this.scenario.advance(Duration.ofMinutes(10));
		this.scenario.checkIn(grandson, market);

		JsonNode own = this.api
			.post("/api/v1/tracing/trajectory", this.scenario.period(grandson.idNumber()), this.scenario.official)
			.expectStatus(200)
			.json();
		JsonNode asCompanion = this.api
			.post("/api/v1/tracing/trajectory", this.scenario.period(grandmaId), this.scenario.official)
			.expectStatus(200)
			.json();

		assertThat(own.get("person").get("maskedName").asString()).isEqualTo("王*明");
		assertThat(own.get("entries")).hasSize(2);
		assertThat(own.get("entries").get(0).get("venue").get("name").asString())
			.isEqualTo(clinic.get("name").asString());
		assertThat(own.get("entries").get(1).get("venue").get("name").asString())
			.isEqualTo(market.get("name").asString());
		JsonNode entry = asCompanion.get("entries").get(0);
		assertThat(asCompanion.get("entries")).hasSize(1);
		assertThat(entry.get("asCompanion").asBoolean()).isTrue();
		assertThat(entry.get("venue").get("address").asString()).isEqualTo("泉城路 188 号");
		assertThat(entry.get("venue").get("divisionName").asString()).contains("历下区");
		assertThat(entry.get("venue").get("category").asString()).isEqualTo("CATERING_LODGING_RETAIL");
		assertThat(asCompanion.toString()).doesNotContain(grandmaId);
		long grandmaPerson = asCompanion.get("person").get("personId").asLong();
		assertThat(this.scenario.auditRows(grandmaPerson, "TRAJECTORY_QUERIED")).isEqualTo(1);
	}

	@Test
	void contactsAreThoseWithinTheVenueWindowWithOverlapColourAndMaskingAndTheCaseIsExcluded() {
		Resident manager = this.scenario.people.registeredResident("刘店长");
		JsonNode restaurant = this.scenario.people.venue(manager, "鲁菜馆");
		Resident sick = this.scenario.people.registeredResident("张病例");
		Resident near = this.scenario.people.registeredResident("赵近邻");
		Resident late = this.scenario.people.registeredResident("钱晚到");
		this.scenario.checkIn(sick, restaurant);
		this.scenario.advance(Duration.ofMinutes(3));
		// the case scans again (past the repeat window): two visits, and never its own
		// contact
		this.scenario.checkIn(sick, restaurant);
		this.scenario.advance(Duration.ofMinutes(2));
		this.scenario.checkIn(near, restaurant);
		this.scenario.advance(Duration.ofMinutes(15));
		this.scenario.checkIn(late, restaurant);
		long nearId = this.scenario.personId(near.idNumber());
		long lateId = this.scenario.personId(late.idNumber());

		JsonNode result = this.scenario.contacts(sick.idNumber());

		long caseId = result.get("caseRef").get("personId").asLong();
		assertThat(result.get("caseCheckIns").asInt()).isEqualTo(2);
		JsonNode contact = TracingScenario.contactWithId(result, nearId);
		assertThat(contact).isNotNull();
		assertThat(contact.get("person").get("maskedName").asString()).isEqualTo("赵*邻");
		assertThat(contact.get("person").get("maskedIdNumber").asString()).contains("**********");
		assertThat(contact.get("person").get("color").asString()).isEqualTo("GREEN");
		assertThat(contact.get("degree").asInt()).isEqualTo(1);
		// catering window 120 min; 2 min after the case's second scan: overlap 118 min
		// (one encounter per case visit), less a minute if the real seconds between the
		// scans crossed one
		assertOverlap(contact, 118);
		assertThat(contact.get("encounters")).hasSize(2);
		assertThat(contact.get("encounters").get(0).get("venue").get("name").asString())
			.isEqualTo(restaurant.get("name").asString());
		assertThat(contact.get("encounters").get(0).get("windowMinutes").asInt()).isEqualTo(120);
		assertOverlap(TracingScenario.contactWithId(result, lateId), 103);
		assertThat(TracingScenario.contactWithId(result, caseId)).isNull();
		assertThat(result.get("contacts")).hasSize(2);
		assertThat(result.toString()).doesNotContain(near.idNumber()).doesNotContain(sick.idNumber());
		assertThat(this.scenario.auditRows(caseId, "CONTACTS_QUERIED")).isEqualTo(1);

		JsonNode narrow = this.scenario.contacts(sick.idNumber(), "windowMinutes", 10);
		assertThat(narrow.get("windowMinutes").asInt()).isEqualTo(10);
		assertThat(TracingScenario.contactWithId(narrow, nearId).get("overlapMinutes").asInt()).isEqualTo(8);
		assertThat(TracingScenario.contactWithId(narrow, lateId)).isNull();
	}

	@Test
	void secondDegreeFindsContactsOfContactsButNotTheCaseOrFirstDegreeAgain() {
		Resident manager = this.scenario.people.registeredResident("刘店长");
		JsonNode first = this.scenario.people.venue(manager, "面馆");
		JsonNode second = this.scenario.people.venue(manager, "茶馆");
		Resident sick = this.scenario.people.registeredResident("张病例");
		Resident contact = this.scenario.people.registeredResident("赵密接");
		Resident contactOfContact = this.scenario.people.registeredResident("孙次密");
		this.scenario.checkIn(sick, first);
		this.scenario.checkIn(contact, first);
		this.scenario.checkIn(contact, second);
		this.scenario.checkIn(contactOfContact, second);
		long contactId = this.scenario.personId(contact.idNumber());
		long secondId = this.scenario.personId(contactOfContact.idNumber());

		JsonNode firstOnly = this.scenario.contacts(sick.idNumber());
		JsonNode both = this.scenario.contacts(sick.idNumber(), "secondDegree", true);

		assertThat(TracingScenario.contactWithId(firstOnly, secondId)).isNull();
		assertThat(TracingScenario.contactWithId(both, contactId).get("degree").asInt()).isEqualTo(1);
		JsonNode viaContact = TracingScenario.contactWithId(both, secondId);
		assertThat(viaContact.get("degree").asInt()).isEqualTo(2);
		assertThat(viaContact.get("encounters").get(0).get("viaPersonId").asLong()).isEqualTo(contactId);
		assertThat(both.get("contacts")).hasSize(2);
	}

	@Test
	void exposureListsEveryVisitorMaskedAndAuditsEachOne() {
		Resident manager = this.scenario.people.registeredResident("刘店长");
		JsonNode venue = this.scenario.people.venue(manager, "超市");
		Resident one = this.scenario.people.registeredResident("周一");
		Resident two = this.scenario.people.registeredResident("吴二");
		this.scenario.checkIn(one, venue);
		this.scenario.advance(Duration.ofMinutes(10));
		this.scenario.checkIn(two, venue);
		Map<String, Object> body = this.scenario.period(null);
		body.put("venueId", venue.get("id").asLong());

		JsonNode exposure = this.api.post("/api/v1/tracing/exposure", body, this.scenario.official)
			.expectStatus(200)
			.json();

		assertThat(exposure.get("persons").asInt()).isEqualTo(2);
		assertThat(exposure.get("venue").get("name").asString()).isEqualTo(venue.get("name").asString());
		assertThat(exposure.get("entries").get(0).get("person").get("maskedName").asString()).isEqualTo("周*");
		assertThat(exposure.toString()).doesNotContain(one.idNumber());
		for (JsonNode entry : exposure.get("entries")) {
			assertThat(this.scenario.auditRows(entry.get("person").get("personId").asLong(), "VENUE_EXPOSURE_QUERIED"))
				.isEqualTo(1);
		}
		body.put("venueId", 987_654_321_000L);
		assertThat(
				this.api.post("/api/v1/tracing/exposure", body, this.scenario.official).expectStatus(404).problemCode())
			.isEqualTo("TRACING_VENUE_NOT_FOUND");
	}

	@Test
	void csvIsMaskedByDefaultAndFullOnlyWithAStatedReasonWhichIsAudited() {
		Resident manager = this.scenario.people.registeredResident("刘店长");
		JsonNode venue = this.scenario.people.venue(manager, "=HYPERLINK(1)");
		Resident sick = this.scenario.people.registeredResident("张病例");
		Resident near = this.scenario.people.registeredResident("赵近邻");
		this.scenario.checkIn(sick, venue);
		this.scenario.checkIn(near, venue);
		long nearId = this.scenario.personId(near.idNumber());
		long caseId = this.scenario.personId(sick.idNumber());

		Response masked = this.api
			.post("/api/v1/tracing/contacts/export", this.scenario.period(sick.idNumber()), this.scenario.official)
			.expectStatus(200);
		String maskedText = new String(masked.body(), StandardCharsets.UTF_8);
		assertThat(masked.body()[0]).isEqualTo((byte) 0xEF);
		assertThat(masked.body()[1]).isEqualTo((byte) 0xBB);
		assertThat(masked.body()[2]).isEqualTo((byte) 0xBF);
		assertThat(masked.header("Content-Type")).startsWith("text/csv");
		assertThat(masked.header("Content-Disposition")).contains("attachment");
		assertThat(maskedText).contains("\"赵*邻\"").doesNotContain(near.idNumber()).doesNotContain("赵近邻");
		assertThat(maskedText).contains("\"'=HYPERLINK(1)");
		assertThat(maskedText.lines().count()).isEqualTo(2);
		assertThat(this.scenario.auditRows(caseId, "CONTACTS_EXPORTED")).isEqualTo(1);

		Map<String, Object> noReason = this.scenario.period(sick.idNumber());
		noReason.put("full", true);
		noReason.put("reason", "  ");
		assertThat(this.api.post("/api/v1/tracing/contacts/export", noReason, this.scenario.official)
			.expectStatus(400)
			.problemCode()).isEqualTo("TRACING_EXPORT_REASON_REQUIRED");
		assertThat(this.scenario.auditRows(nearId, "CONTACTS_EXPORTED_FULL")).isZero();

		Map<String, Object> full = this.scenario.period(sick.idNumber());
		full.put("full", true);
		full.put("reason", "移交历下区疾控中心核查");
		String fullText = new String(
				this.api.post("/api/v1/tracing/contacts/export", full, this.scenario.official).expectStatus(200).body(),
				StandardCharsets.UTF_8);
		assertThat(fullText).contains("\"赵近邻\"").contains(near.idNumber());
		String detail = this.jdbc.sql("""
				select detail from audit_event where person_id = :person and action = 'CONTACTS_EXPORTED_FULL'
				""").param("person", nearId).query(String.class).single();
		assertThat(detail).isEqualTo("移交历下区疾控中心核查");
		assertThat(this.scenario.auditRows(caseId, "CONTACTS_EXPORTED_FULL")).isEqualTo(1);
	}

	@Test
	void bulkMarkingSetsTheColourOnceAndMarkingAgainChangesNothing() {
		Resident manager = this.scenario.people.registeredResident("刘店长");
		JsonNode venue = this.scenario.people.venue(manager, "KTV");
		Resident sick = this.scenario.people.registeredResident("张病例");
		Resident near = this.scenario.people.registeredResident("赵近邻");
		Resident red = this.scenario.people.registeredResident("钱红码");
		this.scenario.checkIn(sick, venue);
		this.scenario.checkIn(near, venue);
		this.scenario.checkIn(red, venue);
		this.scenario.people.setColor(red.idNumber(), "RED", "CONFIRMED");
		JsonNode contacts = this.scenario.contacts(sick.idNumber());
		List<Long> ids = java.util.stream.StreamSupport.stream(contacts.get("contacts").spliterator(), false)
			.map(contact -> contact.get("person").get("personId").asLong())
			.toList();
		long nearId = this.scenario.personId(near.idNumber());
		long redId = this.scenario.personId(red.idNumber());
		assertThat(ids).containsExactlyInAnyOrder(nearId, redId);
		Map<String, Object> request = Map.of("personIds", ids, "color", "YELLOW", "reason", "CLOSE_CONTACT");

		JsonNode started = this.api.post("/api/v1/tracing/markings", request, this.scenario.official)
			.expectStatus(202)
			.json();
		JsonNode done = this.scenario.awaitJob(started.get("id").asLong());

		assertThat(done.get("status").asString()).isEqualTo("DONE");
		assertThat(done.get("total").asInt()).isEqualTo(2);
		assertThat(done.get("done").asInt()).isEqualTo(2);
		assertThat(done.get("changed").asInt()).isEqualTo(1);
		// a confirmed RED case is never lowered to YELLOW by a bulk marking
		assertThat(done.get("unchanged").asInt()).isEqualTo(1);
		assertThat(this.api.get("/api/v1/me/health-code", near.token()).json().get("color").asString())
			.isEqualTo("YELLOW");
		assertThat(this.api.get("/api/v1/me/health-code", red.token()).json().get("color").asString()).isEqualTo("RED");
		assertThat(this.scenario.historyRows(nearId)).isEqualTo(1);
		assertThat(this.scenario.auditRows(nearId, "HEALTH_STATUS_CHANGED")).isEqualTo(1);
		assertThat(this.scenario.auditRows(redId, "BULK_MARK_UNCHANGED")).isEqualTo(1);

		JsonNode again = this.scenario
			.awaitJob(this.api.post("/api/v1/tracing/markings", request, this.scenario.official)
				.expectStatus(202)
				.json()
				.get("id")
				.asLong());

		assertThat(again.get("changed").asInt()).isZero();
		assertThat(again.get("unchanged").asInt()).isEqualTo(2);
		assertThat(this.scenario.historyRows(nearId)).isEqualTo(1);
		assertThat(this.scenario.historyRows(redId)).isEqualTo(1);
	}

	@Test
	void aLargeMarkingIsProcessedInChunksUntilEveryoneIsMarked() {
		java.time.LocalDate today = java.time.LocalDate.now(this.clock);
		List<Long> ids = new java.util.ArrayList<>();
		for (int i = 0; i < 450; i++) {
			ids.add(this.persons.findOrCreate(null, IdNumber.parse(TestData.idNumber(), today)).id().value());
		}

		JsonNode started = this.api
			.post("/api/v1/tracing/markings", Map.of("personIds", ids, "color", "RED", "reason", "CLOSE_CONTACT"),
					this.scenario.official)
			.expectStatus(202)
			.json();
		JsonNode done = this.scenario.awaitJob(started.get("id").asLong());

		assertThat(started.get("total").asInt()).isEqualTo(450);
		assertThat(done.get("status").asString()).isEqualTo("DONE");
		assertThat(done.get("changed").asInt()).isEqualTo(450);
		assertThat(done.get("finishedAt").isNull()).isFalse();
		assertThat(this.jdbc
			.sql("""
					select count(*) from health_status where person_id = any(:ids::bigint[]) and color = 'RED' and superseded_at is null
					""")
			.param("ids", ids.toArray(Long[]::new))
			.query(Integer.class)
			.single()).isEqualTo(450);
	}

	@Test
	void bulkMarkingRefusesGreenUnknownPersonsAndForeignJobs() {
		Resident someone = this.scenario.people.registeredResident("周某");
		long id = this.scenario.personId(someone.idNumber());
		assertThat(this.api.post("/api/v1/tracing/markings",
				Map.of("personIds", List.of(id), "color", "GREEN", "reason", "CLOSE_CONTACT"), this.scenario.official)
			.expectStatus(400)
			.problemCode()).isEqualTo("TRACING_MARK_INVALID");
		assertThat(this.api
			.post("/api/v1/tracing/markings", Map.of("personIds", List.of(id), "color", "RED", "reason", "CONFIRMED"),
					this.scenario.official)
			.expectStatus(400)
			.problemCode()).isEqualTo("TRACING_MARK_INVALID");
		assertThat(this.api
			.post("/api/v1/tracing/markings",
					Map.of("personIds", List.of(id, 9_876_543_210L), "color", "RED", "reason", "CLOSE_CONTACT"),
					this.scenario.official)
			.expectStatus(404)
			.problemCode()).isEqualTo("PERSON_NOT_FOUND");
		assertThat(this.api
			.post("/api/v1/tracing/markings", Map.of("personIds", List.of(), "color", "RED", "reason", "CLOSE_CONTACT"),
					this.scenario.official)
			.expectStatus(400)
			.problemCode()).isEqualTo("VALIDATION_FAILED");
		assertThat(
				this.api.get("/api/v1/tracing/jobs/987654321", this.scenario.official).expectStatus(404).problemCode())
			.isEqualTo("TRACING_JOB_NOT_FOUND");
	}

	@Test
	void badQueriesGetClearProblems() {
		Resident someone = this.scenario.people.registeredResident("周某");
		Map<String, Object> tooLong = this.scenario.period(someone.idNumber());
		tooLong.put("from", this.clock.instant().minus(Duration.ofDays(40)).toString());
		assertThat(this.api.post("/api/v1/tracing/contacts", tooLong, this.scenario.official)
			.expectStatus(400)
			.problemCode()).isEqualTo("TRACING_PERIOD_INVALID");
		Map<String, Object> reversed = this.scenario.period(someone.idNumber());
		reversed.put("to", reversed.get("from"));
		assertThat(this.api.post("/api/v1/tracing/trajectory", reversed, this.scenario.official)
			.expectStatus(400)
			.problemCode()).isEqualTo("TRACING_PERIOD_INVALID");
		Map<String, Object> window = this.scenario.period(someone.idNumber());
		window.put("windowMinutes", 0);
		assertThat(this.api.post("/api/v1/tracing/contacts", window, this.scenario.official)
			.expectStatus(400)
			.problemCode()).isEqualTo("VALIDATION_FAILED");
		assertThat(this.api
			.post("/api/v1/tracing/contacts", this.scenario.period(TestData.idNumber()), this.scenario.official)
			.expectStatus(404)
			.problemCode()).isEqualTo("PERSON_NOT_FOUND");
		assertThat(this.api.post("/api/v1/tracing/contacts", this.scenario.period("123"), this.scenario.official)
			.expectStatus(400)
			.problemCode()).isEqualTo("ID_NUMBER_INVALID");
	}

	@Test
	void dashboardHasFourteenDaysCategoriesColoursAndTopVenues() {
		Resident manager = this.scenario.people.registeredResident("刘店长");
		JsonNode venue = this.scenario.people.venue(manager, "大排档");
		Resident guest = this.scenario.people.registeredResident("周客");
		this.scenario.checkIn(guest, venue);

		JsonNode data = this.api.get("/api/v1/tracing/dashboard", this.scenario.official).expectStatus(200).json();

		assertThat(data.get("checkInsPerDay")).hasSize(14);
		assertThat(data.get("checkInsPerDay").get(13).get("count").asLong()).isPositive();
		assertThat(data.get("checkInsPerCategory")).hasSize(6);
		assertThat(data.get("colors")).hasSize(3);
		long people = 0;
		for (JsonNode color : data.get("colors")) {
			people += color.get("count").asLong();
		}
		assertThat(people).isPositive();
		assertThat(data.get("topVenues").size()).isBetween(1, 10);
	}

	/**
	 * The contact's overlap is the window less the distance of the stored check-in times
	 * (whole minutes), and the clock moves of the test make it {@code minutes}; the real
	 * time the requests took between the scans can take at most one more minute off.
	 */
	private static void assertOverlap(JsonNode contact, int minutes) {
		JsonNode closest = null;
		for (JsonNode encounter : contact.get("encounters")) {
			if (closest == null || encounter.get("overlapMinutes").asInt() > closest.get("overlapMinutes").asInt()) {
				closest = encounter;
			}
		}
		long seconds = Math.abs(java.time.Instant.parse(closest.get("contactAt").asString()).getEpochSecond()
				- java.time.Instant.parse(closest.get("viaAt").asString()).getEpochSecond());
		int expected = (int) ((60L * closest.get("windowMinutes").asInt() - seconds) / 60);
		assertThat(contact.get("overlapMinutes").asInt()).isEqualTo(expected).isBetween(minutes - 1, minutes);
	}

}
