package org.healthcode.tracing;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.healthcode.support.ApiClient;
import org.healthcode.support.BrowserSession;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.People;
import org.healthcode.support.People.Resident;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officials' and administrators' consoles at a desk (1440 px): status defaults from
 * the rules, the tracing console with phones, pictures and tables, refusals on the same
 * page, exposure by venue name, the dashboard, the audit log in words (issue 16).
 */
@IntegrationTest
class ConsoleBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ApiClient api;

	People people;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.people = new People(this.api);
	}

	@Test
	void theStatusFormFollowsTheReasonsRuleAsksToConfirmAnOverrideAndRefusesImpossibleColours() {
		try (BrowserSession official = BrowserSession.desktop(this.api.baseUrl())) {
			official.loginStaff("official", TestData.OFFICIAL_PASSWORD);
			official.open("/official/health-status");
			Select reason = new Select(official.visible(By.id("reason")));
			reason.selectByValue("CONFIRMED");
			// a confirmed case can be neither green nor yellow
			assertThat(option(official, "color", "GREEN").isEnabled()).isFalse();
			assertThat(option(official, "color", "YELLOW").isEnabled()).isFalse();

			reason.selectByValue("CLOSE_CONTACT");
			assertThat(official.visible(By.cssSelector(".rule-line[data-reason='CLOSE_CONTACT']")).getText())
				.contains("红码 7 天")
				.contains("黄码 3 天")
				.contains("绿码");
			official.type(By.id("idNumber"), TestData.idNumber());
			official.click(By.id("set-status"));
			assertThat(official.visible(By.id("result")).getText()).contains("红码").contains("黄码");
			// ready for the next person of the same reason, with the rule's colour again
			assertThat(new Select(official.find(By.id("reason"))).getFirstSelectedOption().getAttribute("value"))
				.isEqualTo("CLOSE_CONTACT");
			assertThat(new Select(official.find(By.id("color"))).getFirstSelectedOption().getAttribute("value"))
				.isEmpty();
			assertThat(official.find(By.id("idNumber")).getAttribute("value")).isEmpty();

			// another colour than the rule's must be confirmed
			String idNumber = TestData.idNumber();
			official.type(By.id("idNumber"), idNumber);
			new Select(official.find(By.id("color"))).selectByValue("YELLOW");
			assertThat(official.visible(By.id("override-line")).isDisplayed()).isTrue();
			official.script("document.getElementById('confirmOverride').required = false;");
			official.click(By.id("set-status"));
			assertThat(official.visible(By.id("problem")).getText()).contains("确认");
			assertThat(official.find(By.id("idNumber")).getAttribute("value")).isEqualTo(idNumber);
			official.click(By.id("confirmOverride"));
			official.click(By.id("set-status"));
			assertThat(official.visible(By.id("result")).getText()).contains("黄码");
			assertThat(official.cspViolations()).isEmpty();
		}
		// the API refuses the impossible too
		assertThat(this.api
			.put("/api/v1/health-status",
					Map.of("idNumber", TestData.idNumber(), "color", "GREEN", "reason", "CONFIRMED"),
					this.api.officialToken())
			.expectStatus(400)
			.problemCode()).isEqualTo("STATUS_COLOR_NOT_ALLOWED");
	}

	@Test
	void theTracingConsoleShowsPhonesPicturesAndSortableTablesAndKeepsResultsOnARefusal() {
		Resident manager = this.people.registeredResident("孔店长");
		JsonNode venue = this.people.venue(manager, "孔府家宴");
		Resident sick = this.people.registeredResident("曾病例");
		String neighbourPhone = TestData.phone();
		Resident neighbour = new Resident(this.api.residentToken(neighbourPhone), "颜邻居", TestData.idNumber());
		this.api
			.put("/api/v1/me/profile", Map.of("name", neighbour.name(), "idNumber", neighbour.idNumber()),
					neighbour.token())
			.expectStatus(200);
		this.people.companion(neighbour, "颜爷爷", TestData.idNumber());
		for (Resident visitor : List.of(sick, neighbour)) {
			this.api.post("/api/v1/checkins", Map.of("venueToken", venue.get("token").asString()), visitor.token())
				.expectStatus(201);
		}

		try (BrowserSession official = BrowserSession.desktop(this.api.baseUrl())) {
			official.loginStaff("official", TestData.OFFICIAL_PASSWORD);
			official.open("/official/tracing");
			official.type(By.id("idNumber"), sick.idNumber());
			official.click(By.id("find-contacts"));
			official.visible(By.id("contacts-summary"));

			// the query beside the results, the picture beside the table
			assertThat(official.find(By.id("contacts")).getRect().getX())
				.isGreaterThan(official.find(By.id("tracing-form")).getRect().getX() + 200);
			official.waitFor(ExpectedConditions.attributeToBe(By.id("contact-graph"), "data-drawn", "true"));
			assertThat(official.find(By.cssSelector("#contact-graph canvas"))).isNotNull();
			List<WebElement> rows = official.driver().findElements(By.cssSelector("#contact-table tr.contact"));
			assertThat(rows).hasSize(2);
			String table = official.find(By.id("contact-table")).getText();
			// the neighbour's own phone, and for the grandfather: whose companion, and
			// that phone
			assertThat(table).containsPattern("1\\d{2}\\*{4}\\d{4}").contains("颜*居 的同行人员");
			assertThat(table).doesNotContain(sick.idNumber()).doesNotContain(neighbourPhone);

			official.click(By.cssSelector("#contact-table th:nth-child(2) button"));
			assertThat(official.find(By.cssSelector("#contact-table th:nth-child(2)")).getAttribute("aria-sort"))
				.isEqualTo("ascending");
			assertThat(official.cspViolations()).isEmpty();
			official.screenshot("usability-tracing-contacts-desktop");

			// a full export without a reason: told on the same page, the results still
			// there
			official.click(By.id("export-full"));
			official.click(By.id("export-submit"));
			assertThat(official.visible(By.id("export-problem")).getText()).contains("理由");
			assertThat(official.driver().findElements(By.cssSelector("#contact-table tr.contact"))).hasSize(2);
			assertThat(official.find(By.id("export-full")).isSelected()).isTrue();

			// bulk marking follows the rule: close contacts turn red
			official.click(By.id("mark-submit"));
			official.waitFor(ExpectedConditions.attributeToBe(By.id("job-status"), "data-status", "DONE"));
			assertThat(this.api.get("/api/v1/me/health-code", neighbour.token()).json().get("color").asString())
				.isEqualTo("RED");

			official.open("/official/tracing");
			official.type(By.id("idNumber"), sick.idNumber());
			official.click(By.id("show-trajectory"));
			official.waitFor(ExpectedConditions.attributeToBe(By.id("trajectory-chart"), "data-drawn", "true"));
			assertThat(official.driver().findElements(By.cssSelector("#trajectory-table tbody tr"))).hasSize(1);
			assertThat(official.cspViolations()).isEmpty();
			official.screenshot("usability-tracing-trajectory-desktop");

			// exposure found by words of the venue's name
			official.open("/official/tracing/exposure");
			official.type(By.id("venue"), venue.get("name").asString().substring(2));
			official.click(By.id("exposure-submit"));
			assertThat(official.visible(By.id("exposure-title")).getText()).isEqualTo(venue.get("name").asString());
			assertThat(official.driver().findElements(By.cssSelector("#exposure-table tbody tr"))).hasSize(3);
			assertThat(official.find(By.cssSelector("#exposure .table-scroll")).getAttribute("tabindex"))
				.isEqualTo("0");

			official.open("/official/dashboard");
			official.waitFor(ExpectedConditions.attributeToBe(By.id("chart-per-day"), "data-drawn", "true"));
			List<WebElement> cards = official.driver().findElements(By.cssSelector(".dashboard-grid > .card"));
			// two charts side by side on a desk
			assertThat(cards.get(1).getRect().getY()).isEqualTo(cards.get(0).getRect().getY());
			// category names are wrapped, not cut off
			assertThat(official.script("return echarts.getInstanceByDom(document.getElementById('chart-per-category'))"
					+ ".getOption().yAxis[0].axisLabel.overflow;"))
				.isEqualTo("break");
			assertThat(official.cspViolations()).isEmpty();
			official.screenshot("usability-dashboard-desktop");
		}

		// the full export (stated reason, audited) has the phones in full; every
		// decryption is
		// audited
		Map<String, Object> full = new java.util.HashMap<>();
		full.put("idNumber", sick.idNumber());
		full.put("from", java.time.Instant.now().minus(java.time.Duration.ofDays(1)).toString());
		full.put("to", java.time.Instant.now().plus(java.time.Duration.ofDays(1)).toString());
		full.put("full", true);
		full.put("reason", "移交区疾控核查");
		String csv = this.api.post("/api/v1/tracing/contacts/export", full, this.api.officialToken())
			.expectStatus(200)
			.text();
		assertThat(csv).contains(neighbourPhone).contains("颜*居");
		full.put("full", false);
		String masked = this.api.post("/api/v1/tracing/contacts/export", full, this.api.officialToken())
			.expectStatus(200)
			.text();
		assertThat(masked).doesNotContain(neighbourPhone).containsPattern("1\\d{2}\\*{4}\\d{4}");
		JsonNode contacts = this.api
			.post("/api/v1/tracing/contacts",
					Map.of("idNumber", sick.idNumber(), "from", full.get("from"), "to", full.get("to")),
					this.api.officialToken())
			.expectStatus(200)
			.json()
			.get("contacts");
		long neighbourId = 0;
		for (JsonNode contact : contacts) {
			if (contact.get("person").get("maskedName").asString().equals("颜*居")) {
				neighbourId = contact.get("person").get("personId").asLong();
			}
		}
		assertThat(this.jdbc.sql("""
				select detail from audit_event where action = 'CONTACT_PHONE_READ' and person_id = :person
				""").param("person", neighbourId).query(String.class).list()).contains("MASKED", "FULL");
	}

	@Test
	void aLockedStaffAccountIsToldForHowLong() {
		String username = "locked"
				+ Integer.toString(java.util.concurrent.ThreadLocalRandom.current().nextInt(1 << 20), 36);
		this.api
			.post("/api/v1/admin/staff", Map.of("username", username, "password", "a-long-password-1", "role",
					"OFFICIAL", "displayName", "Locked Official"), this.api.adminToken())
			.expectStatus(201);
		try (BrowserSession browser = BrowserSession.desktop(this.api.baseUrl())) {
			for (int attempt = 0; attempt < 6; attempt++) {
				browser.open("/staff/login");
				browser.type(By.id("username"), username);
				browser.type(By.id("password"), "wrong-password-" + attempt);
				browser.click(By.id("staff-sign-in"));
				browser.visible(By.id("problem"));
			}
			assertThat(browser.find(By.id("problem")).getText()).containsPattern("请 1[45] 分钟后再试");
		}
	}

	@Test
	void theAuditLogReadsInWordsWithShanghaiTimes() {
		Resident someone = this.people.registeredResident("温某");
		this.people.setColor(someone.idNumber(), "RED", "CLOSE_CONTACT");
		this.api.post("/api/v1/tracing/contacts",
				Map.of("idNumber", someone.idNumber(), "from", "2025-01-01T00:00:00Z", "to", "2025-01-02T00:00:00Z"),
				this.api.officialToken());
		try (BrowserSession admin = BrowserSession.desktop(this.api.baseUrl())) {
			admin.loginStaff("admin", TestData.ADMIN_PASSWORD);
			admin.open("/admin/audit");
			admin.type(By.id("idNumber"), someone.idNumber());
			admin.click(By.id("audit-search"));
			List<WebElement> rows = admin.driver().findElements(By.cssSelector(".audit-row"));
			assertThat(rows).isNotEmpty();
			for (WebElement row : rows) {
				for (String cell : List.of(".audit-action", ".audit-reason", ".audit-detail")) {
					String text = row.findElement(By.cssSelector(cell)).getText();
					assertThat(text).as(cell).doesNotContainPattern("\\b[A-Z]{3,}(_[A-Z]+)*\\b").doesNotContain("->");
				}
			}
			String log = admin.find(By.id("audit-table")).getText();
			assertThat(log).contains("更改健康状态").contains("红码").contains("密切接触者");
			assertThat(log).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
			admin.screenshot("usability-audit-desktop");
		}
	}

	@Test
	void onAPhoneTheConsolesStillWorkWithoutNamesBrokenIntoSingleCharacters() {
		Resident manager = this.people.registeredResident("欧阳店长");
		JsonNode venue = this.people.venue(manager, "欧阳超市");
		Resident shopper = this.people.registeredResident("欧阳娜娜");
		this.api.post("/api/v1/checkins", Map.of("venueToken", venue.get("token").asString()), shopper.token())
			.expectStatus(201);
		try (BrowserSession official = new BrowserSession(this.api.baseUrl())) {
			official.loginStaff("official", TestData.OFFICIAL_PASSWORD);
			official.open("/official/tracing/exposure?lang=en");
			official.type(By.id("venue"), venue.get("id").asString());
			official.click(By.id("exposure-submit"));
			WebElement name = official.visible(By.cssSelector("#exposure-table tbody td:nth-child(2)"));
			assertThat(name.getText()).isEqualTo("欧**娜");
			// one line, not one character per line
			assertThat(name.getRect().getHeight()).isLessThan(40);
			assertThat(official.horizontalOverflow()).isZero();
			official.screenshot("usability-exposure-phone-en");

			official.open("/official/tracing");
			official.type(By.id("idNumber"), shopper.idNumber());
			official.click(By.id("show-trajectory"));
			official.visible(By.id("trajectory-table"));
			assertThat(official.horizontalOverflow()).isZero();
		}
	}

	private static WebElement option(BrowserSession browser, String select, String value) {
		return browser.find(By.cssSelector("#" + select + " option[value='" + value + "']"));
	}

}
