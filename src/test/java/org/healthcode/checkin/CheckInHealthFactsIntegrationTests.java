package org.healthcode.checkin;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.healthcode.support.ApiClient;
import org.healthcode.support.HealthFacts;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.People;
import org.healthcode.support.People.Resident;
import org.healthcode.support.TestClock;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check-in answer carries, for the holder and each companion, the latest nucleic-acid
 * test (state and age from the sampling time) and the vaccination, whether the door asks
 * for them or only for a colour, and the verdict agrees with them.
 */
@IntegrationTest
class CheckInHealthFactsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	ApiClient api;

	People people;

	HealthFacts facts;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.people = new People(this.api);
		this.facts = new HealthFacts(this.api);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aColourOnlyDoorAnswersEveryonesTestAndVaccination() {
		Resident manager = this.people.registeredResident("屏幕经理");
		JsonNode venue = this.people.venue(manager, "核酸显示超市");
		Group group = group();

		JsonNode answer = checkIn(group, venue);

		JsonNode holder = answer.get("holder");
		assertNat(holder, "NEGATIVE", "H24");
		assertVaccination(holder, "COMPLETE", 2);
		assertThat(holder.get("nat").get("reportedAt").isNull()).isFalse();
		assertThat(holder.get("verdict").asString()).isEqualTo("PASS");
		JsonNode grandma = answer.get("companions").get(0);
		assertNat(grandma, "PENDING", "H24");
		assertThat(grandma.get("nat").get("reportedAt").isNull()).isTrue();
		assertVaccination(grandma, "BOOSTER", 3);
		JsonNode grandpa = answer.get("companions").get(1);
		assertThat(grandpa.get("nat").get("state").asString()).isEqualTo("NONE");
		assertThat(grandpa.get("nat").get("age").isNull()).isTrue();
		assertVaccination(grandpa, "NONE", 0);
	}

	@Test
	void aDoorAskingForTestsDecidesFromTheSameTestsItShowsAndTheyAge() {
		Resident manager = this.people.registeredResident("屏幕经理");
		JsonNode venue = this.people.venue(manager, "核酸查验药店");
		this.api
			.put("/api/v1/venues/" + venue.get("id").asLong() + "/entry-rule", Map.of("natWithinHours", 24),
					manager.token())
			.expectStatus(200);
		Group group = group();

		JsonNode answer = checkIn(group, venue);

		assertNat(answer.get("holder"), "NEGATIVE", "H24");
		assertThat(answer.get("holder").get("verdict").asString()).isEqualTo("PASS");
		assertNat(answer.get("companions").get(0), "PENDING", "H24");
		assertThat(codes(answer.get("companions").get(0))).containsExactly("NAT_PENDING");
		assertVaccination(answer.get("companions").get(0), "BOOSTER", 3);
		assertThat(codes(answer.get("companions").get(1))).containsExactly("NAT_MISSING");

		this.clock.advance(Duration.ofHours(30));
		// the earlier sign-in has expired by then
		Group signedInAgain = new Group(
				new Resident(this.api.residentToken(group.phone()), group.holder().name(), group.holder().idNumber()),
				group.phone(), group.grandpaId(), group.companions());
		JsonNode later = checkIn(signedInAgain, venue);

		assertThat(later.get("repeated").asBoolean()).isFalse();
		assertNat(later.get("holder"), "NEGATIVE", "H48");
		assertThat(codes(later.get("holder"))).containsExactly("NAT_EXPIRED");
		assertVaccination(later.get("holder"), "COMPLETE", 2);
		assertNat(later.get("companions").get(0), "PENDING", "H48");
	}

	@Test
	void theGroupsTestsAreEachPersonsLatestAndAnInvalidTubeDoesNotCount() {
		Resident manager = this.people.registeredResident("屏幕经理");
		JsonNode venue = this.people.venue(manager, "核酸显示书店");
		Group group = group();
		// grandpa tested negative, then a newer tube of his comes back invalid; the
		// holder is sampled again (newest: still being tested)
		this.facts.report(this.facts.sampled(group.grandpaId(), "屏爷爷"), "NEGATIVE", this.clock.instant());
		this.clock.advance(Duration.ofMinutes(10));
		this.facts.report(this.facts.sampled(group.grandpaId(), "屏爷爷"), "INVALID", this.clock.instant());
		this.facts.sampled(group.holder());

		JsonNode answer = checkIn(group, venue);

		assertNat(answer.get("holder"), "PENDING", "H24");
		assertNat(answer.get("companions").get(0), "PENDING", "H24");
		// the invalid tube does not count: he has to be tested again, the earlier
		// negative still shows
		assertNat(answer.get("companions").get(1), "NEGATIVE", "H24");
	}

	/**
	 * A holder tested negative and vaccinated twice, a grandma without a phone sampled
	 * (not yet reported) with three doses, a grandpa with nothing on record.
	 */
	private Group group() {
		String phone = TestData.phone();
		Resident holder = new Resident(this.api.residentToken(phone), "屏幕持码人", TestData.idNumber());
		this.api.put("/api/v1/me/profile", Map.of("name", holder.name(), "idNumber", holder.idNumber()), holder.token())
			.expectStatus(200);
		String grandmaId = TestData.idNumber();
		long grandma = this.people.companion(holder, "屏奶奶", grandmaId).get("id").asLong();
		String grandpaId = TestData.idNumber();
		long grandpa = this.people.companion(holder, "屏爷爷", grandpaId).get("id").asLong();
		this.facts.report(this.facts.sampled(holder), "NEGATIVE", this.clock.instant());
		this.facts.vaccinated(holder.idNumber(), holder.name(), 2);
		this.facts.sampled(grandmaId, "屏奶奶");
		this.facts.vaccinated(grandmaId, "屏奶奶", 3);
		return new Group(holder, phone, grandpaId, List.of(grandma, grandpa));
	}

	private JsonNode checkIn(Group group, JsonNode venue) {
		return this.api
			.post("/api/v1/checkins",
					Map.of("venueToken", venue.get("token").asString(), "companionIds", group.companions()),
					group.holder().token())
			.expectStatus(201)
			.json();
	}

	private static void assertNat(JsonNode person, String state, String age) {
		assertThat(person.get("nat").get("state").asString()).isEqualTo(state);
		assertThat(person.get("nat").get("age").asString()).isEqualTo(age);
		assertThat(person.get("nat").get("sampledAt").isNull()).isFalse();
	}

	private static void assertVaccination(JsonNode person, String state, int doses) {
		assertThat(person.get("vaccination").get("state").asString()).isEqualTo(state);
		assertThat(person.get("vaccination").get("doses").asInt()).isEqualTo(doses);
	}

	private static List<String> codes(JsonNode person) {
		return person.get("reasons").valueStream().map(reason -> reason.get("code").asString()).toList();
	}

	private record Group(Resident holder, String phone, String grandpaId, List<Long> companions) {
	}

}
