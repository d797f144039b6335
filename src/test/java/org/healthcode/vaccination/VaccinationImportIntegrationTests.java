package org.healthcode.vaccination;

import java.net.http.HttpRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import tools.jackson.databind.JsonNode;

import org.healthcode.support.ApiClient;
import org.healthcode.support.SiteStaff;
import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.Deadline;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.People;
import org.healthcode.support.People.Resident;
import org.healthcode.support.RawHttp;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV imports over HTTP: the job reports counts and bad lines by number, a second import
 * of the same file changes nothing, a GBK file or one over the limit is refused, and only
 * the vaccinator who started an import reads it.
 */
@IntegrationTest
class VaccinationImportIntegrationTests {

	@LocalServerPort
	int port;

	ApiClient api;

	People people;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.people = new People(this.api);
	}

	@Test
	void aFileIsImportedWithItsBadLinesReportedAndTwiceChangesNothing() {
		String vaccinator = staff("VACCINATOR");
		Resident resident = this.people.registeredResident("陶志远");
		String unknown = TestData.idNumber();
		String csv = "\uFEFFidNumber,name,dose,product,vaccinatedOn\n" + resident.idNumber() + "," + resident.name()
				+ ",1,北京生物,2021-05-01\n" + resident.idNumber() + "," + resident.name() + ",2,北京生物,2021-06-01\n"
				+ "not-a-number,某人,1,北京生物,2021-05-01\n" + unknown + ",柏玉兰,1,\"科兴, 克尔来福\",2021-07-01\n"
				+ resident.idNumber() + "," + resident.name() + ",7,北京生物,2021-06-01\n" + "too,few,fields\n"
				+ resident.idNumber() + ",冒名者,3,北京生物,2021-12-01\n";

		JsonNode first = importAndWait(csv, vaccinator);
		JsonNode second = importAndWait(csv, vaccinator);

		assertThat(first.get("state").asString()).isEqualTo("DONE");
		assertThat(first.get("total").asInt()).isEqualTo(7);
		assertThat(first.get("processed").asInt()).isEqualTo(7);
		assertThat(first.get("accepted").asInt()).isEqualTo(3);
		assertThat(first.get("duplicates").asInt()).isZero();
		assertThat(first.get("errors").toString()).isEqualTo("[{\"line\":4,\"code\":\"VACCINATION_ID_NUMBER_INVALID\"},"
				+ "{\"line\":6,\"code\":\"VACCINATION_DOSE_INVALID\"},{\"line\":7,\"code\":\"LINE_MALFORMED\"},"
				+ "{\"line\":8,\"code\":\"IDENTITY_MISMATCH\"}]");
		assertThat(second.get("accepted").asInt()).isZero();
		assertThat(second.get("duplicates").asInt()).isEqualTo(3);
		assertThat(second.get("errors")).hasSize(4);
		assertThat(this.api.get("/api/v1/me/vaccinations", resident.token()).json().get("state").asString())
			.isEqualTo("COMPLETE");
		assertThat(first.toString()).doesNotContain(resident.name()).doesNotContain(resident.idNumber());
	}

	@Test
	void aGbkFileIsRefusedAndLeavesNothing() {
		String vaccinator = staff("VACCINATOR");
		Resident resident = this.people.registeredResident("鲁金凤");
		byte[] gbk = (resident.idNumber() + "," + resident.name() + ",1,北京生物,2021-05-01\n")
			.getBytes(Charset.forName("GBK"));

		Response answer = this.api.send(this.api.request("/api/v1/vaccinations/import", vaccinator)
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofByteArray(gbk)));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.problemCode()).isEqualTo("IMPORT_ENCODING_INVALID");
		assertThat(this.api.get("/api/v1/me/vaccinations", resident.token()).json().get("state").asString())
			.isEqualTo("NONE");
	}

	@Test
	void aFileOverTheLimitIsRefusedBeforeItIsRead() {
		String token = staff("VACCINATOR");
		RawHttp.Answer answer = new RawHttp(this.port).send("POST /api/v1/vaccinations/import HTTP/1.1\r\n"
				+ "Host: localhost\r\nAuthorization: Bearer " + token + "\r\nContent-Type: text/csv\r\n"
				+ "Content-Length: " + (60L * 1024 * 1024) + "\r\nConnection: close\r\n\r\n");
		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.body()).contains("BODY_TOO_LARGE");
	}

	@Test
	void aChunkedFileOverTheLimitIsRefused() {
		RawHttp.Answer answer = new RawHttp(this.port).chunkedPost("/api/v1/vaccinations/import", "text/csv",
				"Authorization: Bearer " + staff("VACCINATOR") + "\r\n", new byte[0], 51L * 1024 * 1024, (byte) 'a',
				new byte[0]);
		assertThat(answer.status()).isEqualTo(413);
	}

	@Test
	void onlyTheVaccinatorWhoStartedAnImportReadsIt() {
		long jobId = start("", staff("VACCINATOR"));
		assertThat(this.api.get("/api/v1/vaccinations/imports/" + jobId, staff("VACCINATOR")).problemCode())
			.isEqualTo("IMPORT_NOT_FOUND");
		Resident resident = this.people.registeredResident("葛春生");
		for (String token : new String[] { resident.token(), this.api.officialToken(), staff("LAB") }) {
			assertThat(this.api.get("/api/v1/vaccinations/imports/" + jobId, token).status()).isEqualTo(403);
			assertThat(this.api.postRaw("/api/v1/vaccinations/import", "text/csv", "", token).status()).isEqualTo(403);
		}
	}

	private JsonNode importAndWait(String csv, String token) {
		long jobId = start(csv, token);
		AtomicReference<JsonNode> status = new AtomicReference<>();
		Deadline.of(Duration.ofSeconds(30)).await(() -> {
			status.set(this.api.get("/api/v1/vaccinations/imports/" + jobId, token).expectStatus(200).json());
			return "DONE".equals(status.get().get("state").asString());
		});
		return status.get();
	}

	private long start(String csv, String token) {
		return this.api
			.send(this.api.request("/api/v1/vaccinations/import", token)
				.header("Content-Type", "text/csv; charset=utf-8")
				.POST(HttpRequest.BodyPublishers.ofByteArray(csv.getBytes(StandardCharsets.UTF_8))))
			.expectStatus(202)
			.json()
			.get("jobId")
			.asLong();
	}

	/** A new staff account of the role at a Lixia vaccination site, signed in. */
	private String staff(String role) {
		return new SiteStaff(this.api).token(role, "历下区接种点", "370102");
	}

}
