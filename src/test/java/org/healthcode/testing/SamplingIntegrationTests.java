package org.healthcode.testing;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.healthcode.support.ApiClient;
import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.People;
import org.healthcode.support.People.Resident;
import org.healthcode.support.SiteStaff;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SamplingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ApiClient api;

	People people;

	String sampler;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.people = new People(this.api);
		this.sampler = new SiteStaff(this.api).token("SAMPLER", "泉城广场采样点", "370102");
	}

	static String tubeCode() {
		return "T" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
	}

	@Test
	void aTubeIsOpenedFilledByHealthCodeAndIdNumberAndClosed() {
		String tube = tubeCode();
		Response opened = this.api.post("/api/v1/sampling/tubes", Map.of("tubeCode", tube, "poolSize", 10),
				this.sampler);
		opened.expectStatus(201);
		assertThat(opened.json().get("state").asString()).isEqualTo("OPEN");
		assertThat(opened.json().get("samples").asInt()).isZero();

		Resident resident = this.people.registeredResident("王小明");
		String token = this.api.get("/api/v1/me/health-code", resident.token()).json().get("token").asString();
		Response first = this.api.post("/api/v1/sampling/tubes/" + tube + "/samples", Map.of("healthToken", token),
				this.sampler);
		first.expectStatus(201);
		assertThat(first.json().get("maskedName").asString()).isEqualTo("王*明");
		assertThat(first.json().get("position").asInt()).isEqualTo(1);

		Response second = this.api.post("/api/v1/sampling/tubes/" + tube + "/samples",
				Map.of("idNumber", TestData.idNumber(), "name", "李老太"), this.sampler);
		second.expectStatus(201);
		assertThat(second.json().get("samples").asInt()).isEqualTo(2);

		assertThat(
				this.api.post("/api/v1/sampling/tubes/" + tube + "/samples", Map.of("healthToken", token), this.sampler)
					.expectStatus(409)
					.problemCode())
			.isEqualTo("SAMPLE_DUPLICATE");

		Response closed = this.api.post("/api/v1/sampling/tubes/" + tube + "/close", Map.of(), this.sampler);
		assertThat(closed.expectStatus(200).json().get("state").asString()).isEqualTo("SAMPLED");
		assertThat(this.api
			.post("/api/v1/sampling/tubes/" + tube + "/samples", Map.of("idNumber", TestData.idNumber(), "name", "赵六"),
					this.sampler)
			.expectStatus(409)
			.problemCode()).isEqualTo("TUBE_CLOSED");
		Long audited = this.jdbc
			.sql("select count(*) from audit_event where action = 'NAT_SAMPLE_TAKEN' and detail = :detail")
			.param("detail", "tube=" + tube)
			.query(Long.class)
			.single();
		assertThat(audited).isEqualTo(2);
	}

	@Test
	void badTubesAndAFullTubeAreRefused() {
		assertThat(open("T 123", 10).problemCode()).isEqualTo("TUBE_CODE_INVALID");
		assertThat(open("T".repeat(200), 10).problemCode()).isEqualTo("TUBE_CODE_INVALID");
		assertThat(open(tubeCode(), 7).problemCode()).isEqualTo("POOL_SIZE_INVALID");
		String tube = tubeCode();
		open(tube, 1).expectStatus(201);
		assertThat(open(tube, 1).expectStatus(409).problemCode()).isEqualTo("TUBE_EXISTS");
		this.api
			.post("/api/v1/sampling/tubes/" + tube + "/samples", Map.of("idNumber", TestData.idNumber(), "name", "甲乙"),
					this.sampler)
			.expectStatus(201);
		assertThat(this.api
			.post("/api/v1/sampling/tubes/" + tube + "/samples", Map.of("idNumber", TestData.idNumber(), "name", "丙丁"),
					this.sampler)
			.expectStatus(409)
			.problemCode()).isEqualTo("TUBE_FULL");
		assertThat(this.api
			.post("/api/v1/sampling/tubes/" + tube + "/samples", Map.of("healthToken", "garbage"), this.sampler)
			.status()).isEqualTo(409);
		assertThat(this.api.post("/api/v1/sampling/tubes/NOPE-1234/close", Map.of(), this.sampler)
			.expectStatus(404)
			.problemCode()).isEqualTo("TUBE_NOT_FOUND");
	}

	@Test
	void aKnownPersonsNameMustMatch() {
		Resident resident = this.people.registeredResident("周大福");
		String tube = tubeCode();
		open(tube, 10).expectStatus(201);
		Response wrong = this.api.post("/api/v1/sampling/tubes/" + tube + "/samples",
				Map.of("idNumber", resident.idNumber(), "name", "周小福"), this.sampler);
		assertThat(wrong.status()).isEqualTo(422);
		Response right = this.api.post("/api/v1/sampling/tubes/" + tube + "/samples",
				Map.of("idNumber", resident.idNumber(), "name", "周大福"), this.sampler);
		assertThat(right.expectStatus(201).json().get("maskedName").asString()).isEqualTo("周*福");
		assertThat(this.api
			.post("/api/v1/sampling/tubes/" + tube + "/samples", Map.of("healthToken", "garbage"), this.sampler)
			.expectStatus(400)
			.problemCode()).isEqualTo("HEALTH_TOKEN_INVALID");
		assertThat(this.api
			.post("/api/v1/sampling/tubes/" + tube + "/samples", Map.of("idNumber", resident.idNumber()), this.sampler)
			.problemCode()).isEqualTo("SAMPLE_PERSON_INVALID");
	}

	@Test
	void onlyTheSamplersOfTheTubesSiteMayTouchIt() {
		String tube = tubeCode();
		open(tube, 10).expectStatus(201);
		SiteStaff staff = new SiteStaff(this.api);
		String otherSite = staff.token("SAMPLER", "另一个采样点", "370102");
		String colleague = staff.token("SAMPLER", "泉城广场采样点", "370102");
		String lab = staff.token("LAB", "检测中心", "370102");
		Resident resident = this.people.registeredResident("钱多多");
		Map<String, String> sample = Map.of("idNumber", TestData.idNumber(), "name", "孙悟");

		assertThat(this.api.post("/api/v1/sampling/tubes/" + tube + "/samples", sample, otherSite).status())
			.isEqualTo(404);
		assertThat(this.api.post("/api/v1/sampling/tubes/" + tube + "/close", Map.of(), otherSite).status())
			.isEqualTo(404);
		assertThat(this.api.post("/api/v1/sampling/tubes/" + tube + "/samples", sample, lab).status()).isEqualTo(403);
		assertThat(this.api.post("/api/v1/sampling/tubes/" + tube + "/samples", sample, resident.token()).status())
			.isEqualTo(403);
		assertThat(this.api
			.post("/api/v1/sampling/tubes", Map.of("tubeCode", tubeCode(), "poolSize", 10), resident.token())
			.status()).isEqualTo(403);
		this.api.post("/api/v1/sampling/tubes/" + tube + "/samples", sample, colleague).expectStatus(201);
	}

	private Response open(String tube, int poolSize) {
		return this.api.post("/api/v1/sampling/tubes", Map.of("tubeCode", tube, "poolSize", poolSize), this.sampler);
	}

}
