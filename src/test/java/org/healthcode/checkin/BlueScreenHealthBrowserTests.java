package org.healthcode.checkin;

import java.util.List;

import tools.jackson.databind.JsonNode;

import org.healthcode.support.ApiClient;
import org.healthcode.support.BrowserSession;
import org.healthcode.support.HealthFacts;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.People;
import org.healthcode.support.TestClock;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a 360 px phone: the blue screen shows the test and the vaccination of the holder and
 * of the companion brought, the read-out names the colour then the test (zh and en), the
 * trip record shows everyone's test and vaccination now, and the companion's test record
 * is one tap away from the companions page.
 */
@IntegrationTest
class BlueScreenHealthBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Test
	void theBlueScreenTheReadOutTheTripRecordAndTheCompanionsTestRecordShowTestsAndVaccination() {
		ApiClient api = new ApiClient(this.port);
		HealthFacts facts = new HealthFacts(api);
		JsonNode venue = new People(api).venue(new People(api).registeredResident("蓝屏经理"), "蓝屏核酸超市");
		String holderId = TestData.idNumber();
		String grandmaId = TestData.idNumber();
		try (BrowserSession browser = new BrowserSession("http://localhost:" + this.port)) {
			browser.loginResident(TestData.phone());
			browser.open("/me/profile");
			browser.type(By.id("name"), "蓝晓明");
			browser.type(By.id("idNumber"), holderId);
			browser.find(By.id("profile-form")).submit();
			browser.visible(By.id("qr"));
			browser.open("/me/companions");
			browser.type(By.id("companion-name"), "蓝秀英");
			browser.type(By.id("companion-id-number"), grandmaId);
			browser.click(By.id("add-companion"));
			browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.className("companion-list"), "蓝*英"));
			facts.report(facts.sampled(holderId, "蓝晓明"), "NEGATIVE", this.clock.instant());
			facts.vaccinated(holderId, "蓝晓明", 2);
			facts.sampled(grandmaId, "蓝秀英");
			facts.vaccinated(grandmaId, "蓝秀英", 3);

			String scanUrl = venue.get("scanUrl").asString();
			browser.open(scanUrl.substring(scanUrl.indexOf("/s/")));

			assertThat(browser.visible(By.id("nat-line")).getText()).contains("核酸检测").contains("24小时内 阴性");
			assertThat(browser.find(By.id("vaccination-line")).getText()).contains("新冠疫苗").contains("已完成全程接种");
			List<String> lines = browser.find(By.id("holder-lines"))
				.findElements(By.className("result-line"))
				.stream()
				.map(line -> line.getAttribute("id"))
				.toList();
			assertThat(lines.subList(0, 3)).containsExactly("verdict-line", "nat-line", "vaccination-line");
			WebElement grandma = browser.find(By.className("companion-result"));
			assertThat(grandma.getText()).contains("蓝*英");
			assertThat(grandma.findElement(By.className("companion-nat")).getText()).isEqualTo("核酸检测：检测中");
			assertThat(grandma.findElement(By.className("companion-vaccination")).getText()).isEqualTo("新冠疫苗：已完成加强免疫");
			String main = "return document.getElementById('main').dataset.";
			assertThat(browser.script(main + "played")).isEqualTo("chime");
			assertThat(browser.script(main + "spoken")).isEqualTo("绿码，核酸24小时内阴性");
			assertThat(browser.horizontalOverflow()).isZero();
			browser.screenshot("blue-screen-nat-vaccination");

			String result = java.net.URI.create(browser.driver().getCurrentUrl()).getPath();
			browser.open(result + "?lang=en");
			assertThat(browser.visible(By.id("nat-line")).getText()).contains("Negative within 24 hours");
			assertThat(browser.script(main + "spoken")).isEqualTo("Green code, NAT negative within 24 hours");
			assertThat(browser.find(By.className("companion-nat")).getText())
				.isEqualTo("Nucleic-acid test: Testing in progress");

			browser.open("/me/checkins?lang=zh-CN");
			WebElement health = browser.visible(By.id("trip-health"));
			assertThat(health.findElement(By.className("trip-self")).getText()).contains("蓝*明")
				.contains("24小时内 阴性")
				.contains("已完成全程接种");
			assertThat(health.findElement(By.className("trip-companion")).getText()).contains("蓝*英")
				.contains("检测中")
				.contains("已完成加强免疫");
			assertThat(browser.horizontalOverflow()).isZero();
			browser.screenshot("trips-nat-vaccination");

			browser.open("/me/companions");
			browser.click(By.className("tests-link"));
			assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("核酸记录 · 蓝*英");
			assertThat(browser.find(By.id("current-nat")).getText()).contains("检测中");
			assertThat(browser.find(By.id("tests")).getText()).contains("检测中").contains("采样时间");
			assertThat(browser.horizontalOverflow()).isZero();
			browser.screenshot("companion-tests");
			browser.click(By.id("back-to-companions"));
			browser.visible(By.className("companion-list"));
		}
	}

}
