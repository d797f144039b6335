package org.healthcode.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import javax.imageio.ImageIO;

import tools.jackson.databind.JsonNode;

import org.healthcode.support.ApiClient;
import org.healthcode.support.BrowserSession;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.People;
import org.healthcode.support.SiteStaff;
import org.healthcode.support.Tubes;
import org.healthcode.support.Y4mVideo;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sampler's console on a phone without BarcodeDetector scanning a shown health code
 * (fake camera, frames decoded by the server), and the lab's import page moving its
 * progress bar to the final report.
 */
@IntegrationTest
class TestingBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void aSamplerScansAHealthCodeIntoATube() throws Exception {
		ApiClient api = new ApiClient(this.port);
		People.Resident resident = new People(api).registeredResident("秦小川");
		JsonNode code = api.get("/api/v1/me/health-code", resident.token()).expectStatus(200).json();
		String dataUri = org.healthcode.health.QrImages.dataUri(code.get("token").asString(),
				org.healthcode.health.Color.GREEN);
		BufferedImage qr = ImageIO
			.read(new ByteArrayInputStream(Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1))));
		Path video = Files.createTempFile("sampling-", ".y4m");
		Y4mVideo.write(qr, 640, 480, 5, video);
		String username = new SiteStaff(api).create("SAMPLER", "浏览器采样点", "370102");
		try (BrowserSession sampler = new BrowserSession(api.baseUrl(), "--use-fake-ui-for-media-stream",
				"--use-fake-device-for-media-stream", "--use-file-for-fake-video-capture=" + video)) {
			sampler.loginStaff(username, SiteStaff.SITE_PASSWORD);
			sampler.open("/sampling");
			sampler.type(By.id("tubeCode"), Tubes.code());
			sampler.click(By.cssSelector("#open-form button[type=submit]"));
			sampler.visible(By.id("tube-count"));
			sampler.click(By.id("scanner-start"));
			String added = new WebDriverWait(sampler.driver(), Duration.ofSeconds(30))
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("added")))
				.getText();
			assertThat(added).contains("秦*川");
			assertThat(sampler.find(By.id("tube-count")).getText()).isEqualTo("1 / 10");
			assertThat(sampler.horizontalOverflow()).isZero();
			assertThat(sampler.cspViolations()).isEmpty();
		}
		finally {
			Files.deleteIfExists(video);
		}
	}

	@Test
	void aLabFollowsItsImportToTheReport() throws Exception {
		ApiClient api = new ApiClient(this.port);
		String username = new SiteStaff(api).create("LAB", "浏览器检测", "370102");
		Path file = Files.createTempFile("results-", ".csv");
		Files.writeString(file, "tubeCode,result,testedAt\nNOSUCH-55,NEGATIVE,2020-01-01T00:00:00Z\nbad line\n",
				StandardCharsets.UTF_8);
		try (BrowserSession lab = BrowserSession.desktop(api.baseUrl())) {
			lab.loginStaff(username, SiteStaff.SITE_PASSWORD);
			lab.open("/lab/imports");
			lab.find(By.id("import-file")).sendKeys(file.toString());
			lab.click(By.id("import-start"));
			new WebDriverWait(lab.driver(), Duration.ofSeconds(30))
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-report")));
			assertThat(lab.find(By.id("report-unknown")).getText()).isEqualTo("1");
			assertThat(lab.find(By.id("report-errors")).getText()).contains("3: LINE_INVALID");
			assertThat(lab.find(By.id("import-progress")).getAttribute("value")).isEqualTo("100");
			assertThat(lab.cspViolations()).isEmpty();
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
