package org.healthcode.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.healthcode.support.ApiClient;
import org.healthcode.support.Deadline;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.PageSession;
import org.healthcode.support.SiteStaff;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class LabImportPageIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aLabImportsAFileFromItsPageAndFollowsTheJob() {
		ApiClient api = new ApiClient(this.port);
		String username = new SiteStaff(api).create("LAB", "页面检测", "370102");
		PageSession lab = new PageSession(this.port);
		lab.post("/staff/login", "/staff/login", Map.of("username", username, "password", SiteStaff.SITE_PASSWORD));

		String page = lab.get("/lab/imports").body();
		assertThat(page).contains("import-progress").contains("导入检测结果");
		String started = lab
			.postBytes("/lab/imports", "/lab/results/import", "text/csv",
					"NOSUCH-77,NEGATIVE,2020-01-01T00:00:00Z\nbad\n".getBytes(StandardCharsets.UTF_8))
			.body();
		String jobId = started.replaceAll(".*\"jobId\":\"([^\"]+)\".*", "$1");
		String[] job = new String[1];
		Deadline.of(Duration.ofSeconds(30)).await(() -> {
			job[0] = lab.getJson("/lab/imports/" + jobId + "/data").body();
			return job[0].contains("\"state\":\"DONE\"");
		});
		assertThat(job[0]).contains("NOSUCH-77").contains("{\"line\":2,\"code\":\"LINE_INVALID\"}");

		PageSession sampler = new PageSession(this.port);
		sampler.post("/staff/login", "/staff/login", Map.of("username",
				new SiteStaff(api).create("SAMPLER", "页面采样", "370102"), "password", SiteStaff.SITE_PASSWORD));
		assertThat(sampler.get("/lab/imports").statusCode()).isEqualTo(403);
	}

}
