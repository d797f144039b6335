package org.healthcode.checkin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import tools.jackson.databind.JsonNode;

import org.healthcode.checkin.ScanRegistrar.Scan;
import org.healthcode.checkin.ScanRegistrar.ScanOutcome;
import org.healthcode.support.ApiClient;
import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.CheckInCounts;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.People;
import org.healthcode.support.People.Resident;
import org.healthcode.support.TestData;
import org.healthcode.venue.VenueService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scans arriving together are registered together (one transaction per group): each still
 * gets exactly its own entries and its own answer, and one refused scan does not touch
 * the others of its group.
 */
@IntegrationTest
class CheckInGroupIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ScanRegistrar registrar;

	@Autowired
	VenueService venues;

	ApiClient api;

	People people;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.people = new People(this.api);
	}

	@Test
	void concurrentScansAreEachRegisteredOnceAndRefusalsStayWithTheirScan() throws Exception {
		Resident manager = this.people.registeredResident("刘店长");
		JsonNode open = this.people.venue(manager, "平价超市");
		JsonNode suspended = this.people.venue(manager, "停业药店");
		this.api.post("/api/v1/venues/" + suspended.get("id").asLong() + "/suspend", Map.of(), manager.token())
			.expectStatus(200);
		List<Resident> shoppers = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			shoppers.add(this.people.registeredResident("张顾客"));
		}
		List<String> unregistered = List.of(this.api.residentToken(TestData.phone()),
				this.api.residentToken(TestData.phone()));

		List<Callable<Response>> scans = new ArrayList<>();
		shoppers.forEach(shopper -> scans.add(() -> scan(open, shopper.token())));
		shoppers.subList(0, 4).forEach(shopper -> scans.add(() -> scan(suspended, shopper.token())));
		unregistered.forEach(token -> scans.add(() -> scan(open, token)));
		List<Response> answers = runTogether(scans);

		for (int i = 0; i < shoppers.size(); i++) {
			Response answer = answers.get(i);
			assertThat(answer.status()).isEqualTo(201);
			long entryId = answer.json().get("id").asLong();
			JsonNode trips = this.api.get("/api/v1/me/checkins", shoppers.get(i).token()).expectStatus(200).json();
			List<Long> tripIds = new ArrayList<>();
			trips.forEach(trip -> tripIds.add(trip.get("id").asLong()));
			assertThat(tripIds).as("the answer is the shopper's own entry").containsExactly(entryId);
		}
		answers.subList(shoppers.size(), shoppers.size() + 4)
			.forEach(answer -> assertThat(answer.problemCode()).isEqualTo("VENUE_SUSPENDED"));
		answers.subList(shoppers.size() + 4, answers.size())
			.forEach(answer -> assertThat(answer.problemCode()).isEqualTo("PROFILE_REQUIRED"));
		assertThat(CheckInCounts.at(this.jdbc, open)).isEqualTo(shoppers.size());
		assertThat(CheckInCounts.at(this.jdbc, suspended)).isZero();
	}

	@Test
	void theSameResidentTwiceInOneGroupGetsOneEntry() {
		Resident resident = this.people.registeredResident("赵一鸣");
		Resident manager = this.people.registeredResident("钱店长");
		JsonNode first = this.people.venue(manager, "书店");
		JsonNode second = this.people.venue(manager, "茶馆");
		Response earlier = scan(first, resident.token()).expectStatus(201);
		long account = this.jdbc.sql("select made_by_account from checkin where id = :id")
			.param("id", earlier.json().get("id").asLong())
			.query(Long.class)
			.single();
		Scan again = new Scan(account, this.venues.readCode(second.get("token").asString()), null, Channel.WEB);

		List<ScanOutcome> outcomes = this.registrar.register(List.of(again, again), connection -> {
		});

		assertThat(outcomes.get(0).registered().repeated()).isFalse();
		assertThat(outcomes.get(1).registered().repeated()).isTrue();
		assertThat(outcomes.get(1).registered().holderEntry().id())
			.isEqualTo(outcomes.get(0).registered().holderEntry().id());
		assertThat(CheckInCounts.at(this.jdbc, second)).isEqualTo(1);
	}

	private Response scan(JsonNode venue, String token) {
		return this.api.post("/api/v1/checkins", Map.of("venueToken", venue.get("token").asString()), token);
	}

	private static List<Response> runTogether(List<Callable<Response>> calls) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(calls.size());
		try {
			List<Response> answers = new ArrayList<>();
			for (Future<Response> answer : pool.invokeAll(calls)) {
				answers.add(answer.get());
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
