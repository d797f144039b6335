package org.healthcode.companion;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

import org.healthcode.checkin.CheckInService;
import org.healthcode.support.ApiClient;
import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.People;
import org.healthcode.support.People.Resident;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 item 2 and issue 16 item 16: a person with an account of their own becomes
 * someone's companion only once they accept from that account; until then the requester
 * sees no colour and cannot bring them; the answer to adding says nothing about the
 * person.
 */
@IntegrationTest
class CompanionLinkIntegrationTests {

	private static final Set<String> ADDED_FIELDS = Set.of("id", "maskedName", "maskedIdNumber", "relation", "withMe");

	private static final Set<String> COMPANION_FIELDS = Set.of("id", "maskedName", "maskedIdNumber", "relation",
			"withMe", "state", "color");

	@LocalServerPort
	int port;

	@Autowired
	CheckInService checkIns;

	ApiClient api;

	People people;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.people = new People(this.api);
	}

	@Test
	void untilThePersonAcceptsTheRequesterSeesNoColourAndCannotBringThem() {
		Resident requester = this.people.registeredResident("赵请求");
		Resident person = this.people.registeredResident("钱本人");
		this.people.setColor(person.idNumber(), "RED", "CLOSE_CONTACT");
		JsonNode venue = this.people.venue(this.people.registeredResident("孙店主"), "便利店");

		long id = this.people.companion(requester, "钱本人", person.idNumber()).get("id").asLong();

		JsonNode pending = this.api.get("/api/v1/me/companions/" + id, requester.token()).json();
		assertThat(pending.get("state").asString()).isEqualTo("AWAITING_CONFIRMATION");
		assertThat(pending.get("color").isNull()).isTrue();
		Response chosen = checkIn(requester, venue, List.of(id));
		assertThat(chosen.status()).isEqualTo(409);
		assertThat(chosen.problemCode()).isEqualTo("COMPANION_NOT_CONFIRMED");
		JsonNode withMe = checkIn(requester, venue, null).expectStatus(201).json();
		assertThat(withMe.get("companions")).isEmpty();

		JsonNode requests = this.api.get("/api/v1/me/companion-requests", person.token()).json();
		assertThat(requests).hasSize(1);
		assertThat(requests.get(0).get("id").asLong()).isEqualTo(id);
		assertThat(requests.get(0).get("requesterMaskedName").asString()).isEqualTo("赵*求");
		assertThat(requests.get(0).get("state").asString()).isEqualTo("PENDING");

		this.api.post("/api/v1/me/companion-requests/" + id + "/accept", Map.of(), person.token()).expectStatus(200);

		JsonNode accepted = this.api.get("/api/v1/me/companions/" + id, requester.token()).json();
		assertThat(accepted.get("state").asString()).isEqualTo("ACTIVE");
		assertThat(accepted.get("color").asString()).isEqualTo("RED");
		JsonNode brought = checkIn(requester, this.people.venue(this.people.registeredResident("周店主"), "书店"),
				List.of(id))
			.expectStatus(201)
			.json();
		assertThat(brought.get("companions")).hasSize(1);
		assertThat(brought.get("companions").get(0).get("maskedName").asString()).isEqualTo("钱*人");
		assertThat(auditTotal(person.idNumber(), "COMPANION_ADDED")).isEqualTo(1);
		assertThat(auditTotal(person.idNumber(), "COMPANION_LINK_ACCEPTED")).isEqualTo(1);
	}

	private long auditTotal(String idNumber, String action) {
		return this.api
			.post("/api/v1/audit/search", Map.of("idNumber", idNumber, "action", action), this.api.adminToken())
			.expectStatus(200)
			.json()
			.get("total")
			.asLong();
	}

	@Test
	void aDeclinedOrWithdrawnLinkIsUnusableAndAddingAgainDoesNotAskAgain() {
		Resident requester = this.people.registeredResident("吴再三");
		Resident person = this.people.registeredResident("郑不愿");
		long id = this.people.companion(requester, "郑不愿", person.idNumber()).get("id").asLong();
		this.api.post("/api/v1/me/companion-requests/" + id + "/accept", Map.of(), person.token()).expectStatus(200);

		this.api.post("/api/v1/me/companion-requests/" + id + "/decline", Map.of(), person.token()).expectStatus(204);

		JsonNode declined = this.api.get("/api/v1/me/companions/" + id, requester.token()).json();
		assertThat(declined.get("state").asString()).isEqualTo("DECLINED");
		assertThat(declined.get("color").isNull()).isTrue();
		assertThat(this.api.get("/api/v1/me/companion-requests", person.token()).json()).isEmpty();

		this.api.delete("/api/v1/me/companions/" + id, requester.token()).expectStatus(204);
		long again = this.people.companion(requester, "郑不愿", person.idNumber()).get("id").asLong();

		assertThat(this.api.get("/api/v1/me/companions/" + again, requester.token()).json().get("state").asString())
			.isEqualTo("DECLINED");
		assertThat(this.api.get("/api/v1/me/companion-requests", person.token()).json()).isEmpty();
	}

	@Test
	void aCompanionWhoRegistersTheirOwnAccountLaterMustAcceptFirst() {
		Resident grandson = this.people.registeredResident("冯孙子");
		String grandmaId = TestData.idNumber();
		long id = this.people.companion(grandson, "冯奶奶", grandmaId).get("id").asLong();
		assertThat(this.api.get("/api/v1/me/companions/" + id, grandson.token()).json().get("state").asString())
			.isEqualTo("ACTIVE");

		String grandma = this.api.residentToken(TestData.phone());
		this.api.put("/api/v1/me/profile", Map.of("name", "冯奶奶", "idNumber", grandmaId), grandma).expectStatus(200);

		assertThat(this.api.get("/api/v1/me/companions/" + id, grandson.token()).json().get("state").asString())
			.isEqualTo("AWAITING_CONFIRMATION");
		this.api.post("/api/v1/me/companion-requests/" + id + "/accept", Map.of(), grandma).expectStatus(200);
		assertThat(this.api.get("/api/v1/me/companions/" + id, grandson.token()).json().get("state").asString())
			.isEqualTo("ACTIVE");
	}

	@Test
	void onlyThePersonAskedDecides() {
		Resident requester = this.people.registeredResident("陈自批");
		Resident person = this.people.registeredResident("褚被问");
		Resident stranger = this.people.registeredResident("卫路过");
		long id = this.people.companion(requester, "褚被问", person.idNumber()).get("id").asLong();

		Response byRequester = this.api.post("/api/v1/me/companion-requests/" + id + "/accept", Map.of(),
				requester.token());
		Response byStranger = this.api.post("/api/v1/me/companion-requests/" + id + "/accept", Map.of(),
				stranger.token());

		assertThat(byRequester.status()).isEqualTo(404);
		assertThat(byRequester.problemCode()).isEqualTo("COMPANION_REQUEST_NOT_FOUND");
		assertThat(byStranger.status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/me/companions/" + id, requester.token()).json().get("state").asString())
			.isEqualTo("AWAITING_CONFIRMATION");
	}

	@Test
	void addingAnswersTheSameForRegisteredUnknownAndOfficialOnlyIdNumbers() {
		Resident requester = this.people.registeredResident("蒋好奇");
		Resident registered = this.people.registeredResident("沈有号");
		String officialOnly = TestData.idNumber();
		this.people.setColor(officialOnly, "RED", "CONFIRMED");

		Response toRegistered = add(requester, "沈有号", registered.idNumber());
		Response toUnknown = add(requester, "韩无号", TestData.idNumber());
		Response toOfficialOnly = add(requester, "杨官录", officialOnly);

		for (Response answer : List.of(toRegistered, toUnknown, toOfficialOnly)) {
			assertThat(answer.status()).isEqualTo(201);
			assertThat(fields(answer.json())).isEqualTo(new TreeSet<>(ADDED_FIELDS));
			assertThat(answer.json().get("relation").asString()).isEqualTo("RELATIVE");
			assertThat(answer.json().get("withMe").asBoolean()).isTrue();
			assertThat(answer.header("Location")).isEqualTo("/api/v1/me/companions/" + answer.json().get("id"));
		}
		assertThat(toRegistered.json().get("maskedName").asString()).isEqualTo("沈*号");
		assertThat(toOfficialOnly.json().get("maskedName").asString()).isEqualTo("杨*录");
	}

	@Test
	void companionAnswersCarryTheEntrysIdAndNeverThePersons() {
		Resident requester = this.people.registeredResident("朱只读");
		Resident person = this.people.registeredResident("秦有号");
		this.people.companion(requester, "秦小妹", TestData.idNumber());
		long linked = this.people.linkedCompanion(requester, person).get("id").asLong();

		JsonNode list = this.api.get("/api/v1/me/companions", requester.token()).json();
		assertThat(list).hasSize(2);
		list.forEach(entry -> assertThat(fields(entry)).isEqualTo(new TreeSet<>(COMPANION_FIELDS)));
		JsonNode requests = this.api.get("/api/v1/me/companion-requests", person.token()).json();
		assertThat(fields(requests.get(0)))
			.isEqualTo(new TreeSet<>(Set.of("id", "requesterMaskedName", "relation", "state", "requestedAt")));
		assertThat(requests.get(0).get("id").asLong()).isEqualTo(linked);
	}

	@Test
	void twoResidentsNamingTheSamePersonEachSeeTheirOwnName() {
		Resident first = this.people.registeredResident("许一家");
		Resident second = this.people.registeredResident("何二家");
		String childId = TestData.idNumber();

		this.people.companion(first, "吕小宝", childId);
		this.people.companion(second, "吕宝贝", childId);

		assertThat(this.api.get("/api/v1/me/companions", first.token()).json().get(0).get("maskedName").asString())
			.isEqualTo("吕*宝");
		assertThat(this.api.get("/api/v1/me/companions", second.token()).json().get(0).get("maskedName").asString())
			.isEqualTo("吕*贝");
		String childAccount = this.api.residentToken(TestData.phone());
		this.api.put("/api/v1/me/profile", Map.of("name", "吕天天", "idNumber", childId), childAccount).expectStatus(200);
		assertThat(this.api.get("/api/v1/me/profile", childAccount).json().get("maskedName").asString())
			.isEqualTo("吕*天");
	}

	@Test
	void resultScreensAndTripRecordsShowEachResidentTheNameTheyGaveEvenAfterRemoving() {
		Resident first = this.people.registeredResident("施一家");
		Resident second = this.people.registeredResident("张二家");
		Resident manager = this.people.registeredResident("孔店长");
		JsonNode venue = this.people.venue(manager, "游乐场");
		JsonNode otherVenue = this.people.venue(this.people.registeredResident("曹店长"), "动物园");
		String childId = TestData.idNumber();
		long firstEntry = this.people.companion(first, "严小宝", childId).get("id").asLong();
		long secondEntry = this.people.companion(second, "严宝贝", childId).get("id").asLong();

		JsonNode firstScan = checkIn(first, venue, List.of(firstEntry)).expectStatus(201).json();
		JsonNode secondScan = checkIn(second, otherVenue, List.of(secondEntry)).expectStatus(201).json();
		this.api.delete("/api/v1/me/companions/" + firstEntry, first.token()).expectStatus(204);

		assertThat(firstScan.get("companions").get(0).get("maskedName").asString()).isEqualTo("严*宝");
		assertThat(secondScan.get("companions").get(0).get("maskedName").asString()).isEqualTo("严*贝");
		JsonNode trips = this.api.get("/api/v1/me/checkins", first.token()).json();
		assertThat(trips.findValuesAsString("maskedName")).contains("严*宝").doesNotContain("严*贝");
		long firstAccount = this.api.get("/api/v1/session", first.token()).json().get("accountId").asLong();
		assertThat(this.checkIns.result(firstAccount, firstScan.get("id").asLong()).companions().get(0).maskedName())
			.isEqualTo("严*宝");
		// the manager sees a name for the child, who has none of their own
		JsonNode entries = this.api.get("/api/v1/venues/" + venue.get("id").asLong() + "/entries", manager.token())
			.json();
		assertThat(entries.findValuesAsString("maskedName")).contains("施*家").anyMatch(name -> name.startsWith("严*"));
	}

	@Test
	void badRequestsAreProblemsAndChangeNothing() {
		Resident requester = this.people.registeredResident("邹乱点");
		Resident person = this.people.registeredResident("喻被点");
		long id = this.people.companion(requester, "喻被点", person.idNumber()).get("id").asLong();

		List<Response> answers = List.of(
				this.api.post("/api/v1/me/companion-requests/abc/accept", Map.of(), person.token()),
				this.api.post("/api/v1/me/companion-requests/99999999999/accept", Map.of(), person.token()),
				this.api.post("/api/v1/me/companion-requests/" + id + "/accept", Map.of(), this.api.officialToken()),
				this.api.post("/api/v1/me/companion-requests/" + id + "/accept", Map.of(), null),
				this.api.get("/api/v1/me/companions/abc", requester.token()),
				this.api.get("/api/v1/me/companions/" + id, person.token()));

		assertThat(answers).extracting(Response::status).containsExactly(400, 404, 403, 401, 400, 404);
		answers.forEach(answer -> {
			assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
			assertThat(answer.problemCode()).isNotBlank();
		});
		assertThat(answers.get(1).problemCode()).isEqualTo("COMPANION_REQUEST_NOT_FOUND");
		assertThat(answers.get(5).problemCode()).isEqualTo("COMPANION_NOT_FOUND");
		assertThat(this.api.get("/api/v1/me/companion-requests", person.token()).json().get(0).get("state").asString())
			.isEqualTo("PENDING");
	}

	private Response add(Resident requester, String name, String idNumber) {
		return this.api.post("/api/v1/me/companions",
				Map.of("name", name, "idNumber", idNumber, "relation", "RELATIVE"), requester.token());
	}

	private Response checkIn(Resident resident, JsonNode venue, List<Long> companionIds) {
		Map<String, Object> scan = companionIds == null ? Map.of("venueToken", venue.get("token").asString())
				: Map.of("venueToken", venue.get("token").asString(), "companionIds", companionIds);
		return this.api.post("/api/v1/checkins", scan, resident.token());
	}

	private static TreeSet<String> fields(JsonNode node) {
		TreeSet<String> names = new TreeSet<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

}
