package org.healthcode.appeal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import javax.imageio.ImageIO;

import org.healthcode.support.ApiClient;
import org.healthcode.support.BrowserSession;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.People;
import org.healthcode.support.TestClock;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Being heard, in the browser: an official designates a venue high-risk → a visitor's
 * code turns red with a notice and advice; the visitor appeals with a photo → the
 * official approves → the code is green again and a notice says so.
 */
@IntegrationTest
class BeingHeardBrowserTests {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@TempDir
	Path folder;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aHighRiskVenueTurnsAVisitorRedAndAnApprovedAppealTurnsThemGreen() throws IOException {
		ApiClient api = new ApiClient(this.port);
		People people = new People(api);
		JsonNode venue = people.venue(people.registeredResident("何家豪"), "火锅店");
		String phone = TestData.phone();
		String token = api.residentToken(phone);
		api.put("/api/v1/me/profile", Map.of("name", "邓丽华", "idNumber", TestData.idNumber()), token).expectStatus(200);
		api.post("/api/v1/checkins", Map.of("venueToken", venue.get("token").asString()), token).expectStatus(201);
		Instant now = this.clock.instant();
		Path photo = this.folder.resolve("核酸报告.jpg");
		ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "jpg", photo.toFile());

		try (BrowserSession official = BrowserSession.desktop(api.baseUrl());
				BrowserSession visitor = new BrowserSession(api.baseUrl())) {
			official.loginStaff("official", TestData.OFFICIAL_PASSWORD);
			official.open("/official/risk-areas");
			official.type(By.id("venueIds"), venue.get("id").asString());
			official.script(
					"document.getElementById('from').value = arguments[0];"
							+ "document.getElementById('to').value = arguments[1];",
					local(now.minus(Duration.ofHours(2))), local(now.plus(Duration.ofDays(1))));
			official.type(By.id("reason"), "聚集性疫情关联场所");
			official.click(By.id("designate"));
			official.waitFor(ExpectedConditions.attributeToBe(By.id("job-status"), "data-status", "DONE"));

			// the API asked for this phone's first SMS code: the next may go a minute
			// later
			this.clock.advance(Duration.ofSeconds(61));
			visitor.loginResident(phone);
			visitor.open("/me/health-code");
			assertThat(visitor.visible(By.id("health-code")).getAttribute("data-color")).isEqualTo("RED");
			assertThat(visitor.visible(By.id("advice-text")).getText()).contains("风险地区");
			visitor.open("/me/notices");
			assertThat(visitor.visible(By.cssSelector(".notice[data-kind='EXPOSURE_ALERT'] .notice-advice")).getText())
				.contains("风险地区");

			visitor.open("/me/health-code");
			visitor.click(By.id("appeal-link"));
			visitor.script("document.getElementById('reason').value = 'NOT_THERE';");
			visitor.type(By.id("details"), "当天我在外地，有核酸报告为证");
			visitor.find(By.id("files")).sendKeys(photo.toString());
			visitor.click(By.id("submit-appeal"));
			assertThat(visitor.visible(By.cssSelector(".appeal[data-state='OPEN']")).getText()).contains("邓*华");

			official.open("/official/appeals");
			official.click(By.xpath("//tr[td[text()='邓*华']]//a[contains(@class,'open-appeal')]"));
			assertThat(official.visible(By.id("case-details")).getText()).isEqualTo("当天我在外地，有核酸报告为证");
			assertThat(official.find(By.id("case-attachments")).findElements(By.cssSelector("a.attachment")))
				.hasSize(1);
			official.click(By.id("decision-approve"));
			official.type(By.id("decision-note"), "核实不在场");
			official.click(By.id("decide"));
			assertThat(official.visible(By.id("decided")).isDisplayed()).isTrue();

			visitor.open("/me/health-code");
			assertThat(visitor.visible(By.id("health-code")).getAttribute("data-color")).isEqualTo("GREEN");
			visitor.open("/me/notices");
			assertThat(visitor.visible(By.cssSelector(".notice[data-kind='APPEAL_DECIDED']")).getText())
				.contains("申诉已通过");
			visitor.open("/");
			// the exposure alert and the appeal decision (its colour change is told by
			// the decision)
			assertThat(visitor.visible(By.id("notice-badge")).getText()).isEqualTo("2");
			assertThat(official.cspViolations()).isEmpty();
			assertThat(visitor.cspViolations()).isEmpty();
		}
	}

	private static String local(Instant instant) {
		return LOCAL.format(LocalDateTime.ofInstant(instant, org.healthcode.support.DisplayZone.ZONE));
	}

}
