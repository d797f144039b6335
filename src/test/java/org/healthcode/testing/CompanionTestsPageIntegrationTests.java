package org.healthcode.testing;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.healthcode.support.ApiClient;
import org.healthcode.support.HealthFacts;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.PageSession;
import org.healthcode.support.TestClock;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each companion has a test record page of its own, linked from the companions page and
 * the resident's own record, shown only to the resident who registered the companion:
 * anyone else gets the same 404 as for an id that does not exist.
 */
@IntegrationTest
class CompanionTestsPageIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Test
	void onlyTheResidentWhoRegisteredTheCompanionSeesTheirTestRecord() {
		HealthFacts facts = new HealthFacts(new ApiClient(this.port));
		PageSession owner = resident("页面登记人");
		String grandmaId = TestData.idNumber();
		owner.post("/me/companions", "/me/companions",
				Map.of("name", "页奶奶", "idNumber", grandmaId, "relation", "GRANDPARENT"));
		String companions = owner.get("/me/companions").body();
		long grandma = companionId(companions);
		facts.report(facts.sampled(grandmaId, "页奶奶"), "NEGATIVE", this.clock.instant());
		String path = "/me/companions/" + grandma + "/tests";

		assertThat(companions).contains("href=\"" + path + "\"");
		assertThat(owner.get("/me/tests").body()).contains("href=\"" + path + "\"").contains("data-state=\"NONE\"");
		HttpResponse<String> record = owner.get(path);
		assertThat(record.statusCode()).isEqualTo(200);
		assertThat(record.body()).contains("核酸记录 · 页*奶")
			.contains("id=\"current-nat\" data-state=\"NEGATIVE\" data-age=\"H24\"")
			.contains("24小时内 阴性")
			.contains("采样时间");

		PageSession stranger = resident("页面路人");
		HttpResponse<String> someoneElses = stranger.get(path);
		HttpResponse<String> nobodys = stranger.get("/me/companions/" + (grandma + 1_000_000) + "/tests");
		assertThat(someoneElses.statusCode()).isEqualTo(404);
		assertThat(nobodys.statusCode()).isEqualTo(404);
		assertThat(someoneElses.body()).doesNotContain("页*奶").doesNotContain("24小时内");
		assertThat(stranger.get("/me/tests").body()).doesNotContain(path);
	}

	private PageSession resident(String name) {
		PageSession page = new PageSession(this.port);
		page.loginResident(TestData.phone());
		page.post("/me/profile", "/me/profile", Map.of("name", name, "idNumber", TestData.idNumber()));
		return page;
	}

	private static long companionId(String html) {
		Matcher id = Pattern.compile("data-companion-id=\"(\\d+)\"").matcher(html);
		assertThat(id.find()).isTrue();
		return Long.parseLong(id.group(1));
	}

}
