package org.healthcode.checkin;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import tools.jackson.databind.JsonNode;

import org.healthcode.support.ApiClient;
import org.healthcode.support.BrowserSession;
import org.healthcode.support.CheckInCounts;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.People;
import org.healthcode.support.TestData;
import org.healthcode.support.Y4mVideo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The heart of the product, as a person does it: scan a poster, get the blue screen,
 * bring grandma.
 */
@IntegrationTest
class ScanBrowserTests {

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
	void addCompanionThenScanRegistersBothAndTheBlueScreenShowsBoth() {
		JsonNode venue = this.people.venue(this.people.registeredResident("刘院长"), "社区卫生服务中心");
		try (BrowserSession browser = new BrowserSession(baseUrl())) {
			browser.loginResident(TestData.phone());
			registerProfile(browser, "王小明");
			browser.open("/me/companions");
			browser.type(By.id("companion-name"), "李秀英");
			browser.type(By.id("companion-id-number"), TestData.idNumber());
			browser.click(By.id("add-companion"));
			browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.className("companion-list"), "李*英"));

			browser.open(scanPath(venue));

			WebElement holder = browser.visible(By.id("holder-name"));
			assertThat(holder.getText()).isEqualTo("王*明");
			assertThat(browser.find(By.tagName("body")).getAttribute("class")).contains("blue-screen");
			assertThat(browser.find(By.id("venue-name")).getText()).isEqualTo(venue.get("name").asString());
			assertThat(browser.find(By.id("venue-address")).getText()).contains("泉城路 188 号");
			assertThat(browser.find(By.id("holder-code")).getAttribute("data-color")).isEqualTo("GREEN");
			assertThat(browser.find(By.className("companions-result")).getText()).contains("李*英");
			assertThat(browser.find(By.id("qr")).getAttribute("src")).startsWith("data:image/png;base64,");
			String first = browser.find(By.id("clock")).getText();
			browser.waitFor(driver -> !driver.findElement(By.id("clock")).getText().equals(first));
			browser.screenshot("scan-blue-screen");
		}
		assertThat(CheckInCounts.at(this.jdbc, venue)).isEqualTo(2);
	}

	@Test
	void openingAPosterLinkWhileSignedOutLeadsThroughLoginAndRegistrationBackToTheVenue() {
		JsonNode venue = this.people.venue(this.people.registeredResident("赵馆长"), "图书馆");
		try (BrowserSession browser = new BrowserSession(baseUrl())) {
			browser.open(scanPath(venue));
			assertThat(browser.driver().getCurrentUrl()).contains("/login");
			browser.type(By.id("phone"), TestData.phone());
			browser.click(By.id("send-code"));
			String code = browser.visible(By.id("demo-code")).getText().replaceAll("\\D", "");
			browser.type(By.id("code"), code);
			browser.click(By.id("sign-in"));
			// first scan of a new resident: real-name registration, then straight back to
			// the venue
			browser.visible(By.id("profile-form"));
			fillProfile(browser, "孙小红");

			assertThat(browser.visible(By.id("holder-name")).getText()).isEqualTo("孙*红");
			assertThat(browser.find(By.id("venue-name")).getText()).isEqualTo(venue.get("name").asString());
		}
		assertThat(CheckInCounts.at(this.jdbc, venue)).isEqualTo(1);
	}

	@Test
	void aRedCodeHolderIsRegisteredAndToldEntryIsRefused() {
		JsonNode venue = this.people.venue(this.people.registeredResident("钱经理"), "商场");
		String idNumber = TestData.idNumber();
		this.people.setColor(idNumber, "RED", "CLOSE_CONTACT");
		try (BrowserSession browser = new BrowserSession(baseUrl())) {
			browser.loginResident(TestData.phone());
			browser.open("/me/profile");
			browser.type(By.id("name"), "钱多多");
			browser.type(By.id("idNumber"), idNumber);
			browser.find(By.id("profile-form")).submit();
			browser.visible(By.id("qr"));

			browser.open(scanPath(venue));

			assertThat(browser.visible(By.id("holder-code")).getAttribute("data-color")).isEqualTo("RED");
			assertThat(browser.find(By.id("access")).getText()).contains("禁止");
		}
		assertThat(CheckInCounts.at(this.jdbc, venue)).isEqualTo(1);
	}

	@Test
	void theInPageScannerReadsARealPosterFromTheCamera() throws Exception {
		People.Resident manager = this.people.registeredResident("周店长");
		JsonNode venue = this.people.venue(manager, "面包房");
		byte[] png = this.api.get("/api/v1/venues/" + venue.get("id").asLong() + "/poster.png", manager.token())
			.expectStatus(200)
			.body();
		BufferedImage poster = ImageIO.read(new ByteArrayInputStream(png));
		Path video = Files.createTempFile("poster-", ".y4m");
		// the poster's QR area, as a phone held in front of it would see it
		BufferedImage view = poster.getSubimage(poster.getWidth() / 8, poster.getHeight() / 4,
				poster.getWidth() * 3 / 4, poster.getHeight() / 2);
		Y4mVideo.write(view, 640, 480, 5, video);
		try (BrowserSession browser = new BrowserSession(baseUrl(), "--use-fake-ui-for-media-stream",
				"--use-fake-device-for-media-stream", "--use-file-for-fake-video-capture=" + video)) {
			browser.loginResident(TestData.phone());
			registerProfile(browser, "吴小凡");

			browser.open("/scan");

			assertThat(
					new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
						.until(ExpectedConditions.visibilityOfElementLocated(By.id("holder-name")))
						.getText())
				.isEqualTo("吴*凡");
			assertThat(browser.find(By.id("venue-name")).getText()).isEqualTo(venue.get("name").asString());
		}
		finally {
			Files.deleteIfExists(video);
		}
		assertThat(CheckInCounts.at(this.jdbc, venue)).isEqualTo(1);
	}

	private void registerProfile(BrowserSession browser, String name) {
		browser.open("/me/profile");
		fillProfile(browser, name);
		browser.visible(By.id("qr"));
	}

	private void fillProfile(BrowserSession browser, String name) {
		browser.type(By.id("name"), name);
		browser.type(By.id("idNumber"), TestData.idNumber());
		browser.find(By.id("profile-form")).submit();
	}

	private String scanPath(JsonNode venue) {
		String scanUrl = venue.get("scanUrl").asString();
		return scanUrl.substring(scanUrl.indexOf("/s/"));
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
