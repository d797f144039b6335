package org.healthcode.testing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.ApiClient;
import org.healthcode.support.Deadline;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.People.Resident;
import org.healthcode.support.People;
import org.healthcode.support.RawHttp;
import org.healthcode.support.SiteStaff;
import org.healthcode.support.Tubes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class LabImportIntegrationTests {

	@LocalServerPort
	int port;

	ApiClient api;

	People people;

	Tubes tubes;

	String lab;

	String sampler;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.people = new People(this.api);
		SiteStaff staff = new SiteStaff(this.api);
		this.sampler = staff.token("SAMPLER", "燕山采样点", "370102");
		this.lab = staff.token("LAB", "燕山检测", "370102");
		this.tubes = new Tubes(this.api, this.sampler, this.lab);
	}

	@Test
	void aFileIsImportedInTheBackgroundBadLinesReportedAndTheSecondImportChangesNothing() {
		Resident first = this.people.registeredResident("杨一");
		Resident second = this.people.registeredResident("杨二");
		String pool = this.tubes.sampled(10, first, second);
		String single = this.tubes.sampled(1, this.people.registeredResident("杨三"));
		String now = Instant.now().minusSeconds(60).toString();
		String future = Instant.now().plus(Duration.ofDays(2)).toString();
		String csv = "\uFEFFtubeCode,result,testedAt\n" + pool + ",POSITIVE," + now + "\n" + single + ",NEGATIVE," + now
				+ "\n" + "NOSUCH-99,NEGATIVE," + now + "\n" + single + ",POSITIVE ," + now + "\n" + single
				+ ",NEGATIVE," + future + "\n" + "only,two\n" + "\n";

		JsonNode job = finished(importFile(csv.getBytes(StandardCharsets.UTF_8)));
		assertThat(job.get("total").asInt()).isEqualTo(6);
		assertThat(job.get("processed").asInt()).isEqualTo(6);
		assertThat(job.get("accepted").asInt()).isEqualTo(2);
		assertThat(job.get("unknownTubes").get(0).asString()).isEqualTo("NOSUCH-99");
		assertThat(job.get("errors").toString()).contains("{\"line\":5,\"code\":\"RESULT_INVALID\"}")
			.contains("{\"line\":6,\"code\":\"TESTED_AT_INVALID\"}")
			.contains("{\"line\":7,\"code\":\"LINE_INVALID\"}");
		assertThat(this.people.color(first)).isEqualTo("YELLOW");
		assertThat(this.people.color(second)).isEqualTo("YELLOW");

		JsonNode again = finished(importFile(csv.getBytes(StandardCharsets.UTF_8)));
		assertThat(again.get("accepted").asInt()).isZero();
		assertThat(again.get("duplicates").asInt()).isEqualTo(2);
	}

	@Test
	void gbkOversizedAndOthersFilesAreRefused() {
		byte[] gbk = ("T1234,阴性," + Instant.now()).getBytes(Charset.forName("GBK"));
		assertThat(importFile(gbk).status()).isEqualTo(415);
		// sent whole before the answer is read: just over the 50 MB limit, counted as
		// read
		// (far beyond it the server stops reading and the sender sees the connection
		// close)
		assertThat(new RawHttp(this.port)
			.chunkedPost("/api/v1/lab/results/import", "text/csv", "Authorization: Bearer " + this.lab + "\r\n",
					new byte[0], 51L * 1024 * 1024, (byte) 'a', new byte[0])
			.status()).isEqualTo(413);

		String jobId = importFile("NOSUCH-1,NEGATIVE,2020-01-01T00:00:00Z\n".getBytes(StandardCharsets.UTF_8))
			.expectStatus(202)
			.json()
			.get("jobId")
			.asString();
		String otherLab = new SiteStaff(this.api).token("LAB", "别的检测", "370102");
		assertThat(this.api.get("/api/v1/lab/imports/" + jobId, otherLab).status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/lab/imports/" + jobId, this.sampler).status()).isEqualTo(403);
		assertThat(this.api
			.send(this.api.request("/api/v1/lab/results/import", this.sampler)
				.header("Content-Type", "text/csv")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString("x")))
			.status()).isEqualTo(403);
	}

	private Response importFile(byte[] body) {
		return this.api.send(this.api.request("/api/v1/lab/results/import", this.lab)
			.header("Content-Type", "text/csv")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	private JsonNode finished(Response started) {
		String jobId = started.expectStatus(202).json().get("jobId").asString();
		JsonNode[] job = new JsonNode[1];
		Deadline.of(Duration.ofSeconds(30)).await(() -> {
			job[0] = this.api.get("/api/v1/lab/imports/" + jobId, this.lab).expectStatus(200).json();
			return "DONE".equals(job[0].get("state").asString());
		});
		return job[0];
	}

}
