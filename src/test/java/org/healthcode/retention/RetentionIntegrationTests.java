package org.healthcode.retention;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.healthcode.checkin.CheckInService;
import org.healthcode.support.ApiClient;
import org.healthcode.support.CheckInCounts;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.People;
import org.healthcode.support.People.Resident;
import org.healthcode.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RetentionIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	RetentionJob job;

	@Autowired
	CheckInService checkIns;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
		this.job.maintain();
	}

	@Test
	void partitionsAreMadeAheadForTheComingWeek() {
		this.job.maintain();
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);

		assertThat(this.checkIns.partitionDays()).contains(today, today.plusDays(1), today.plusDays(7));
	}

	@Test
	void entriesOlderThanTheRetentionWindowDisappearWithTheirDay() {
		ApiClient api = new ApiClient(this.port);
		People people = new People(api);
		Resident resident = people.registeredResident("许一");
		JsonNode venue = people.venue(people.registeredResident("许店"), "茶馆");
		api.post("/api/v1/checkins", Map.of("venueToken", venue.get("token").asString()), resident.token())
			.expectStatus(201);
		LocalDate entryDay = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);

		this.clock.advance(Duration.ofDays(28));
		this.job.maintain();
		assertThat(CheckInCounts.at(this.jdbc, venue)).isEqualTo(1);
		assertThat(this.checkIns.partitionDays()).contains(entryDay);

		this.clock.advance(Duration.ofDays(1));
		this.job.maintain();
		assertThat(CheckInCounts.at(this.jdbc, venue)).isZero();
		assertThat(this.checkIns.partitionDays()).doesNotContain(entryDay)
			.contains(LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC).plusDays(7));
	}

}
