package org.healthcode.audit;

import java.util.List;
import java.util.Map;

import org.healthcode.support.ApiClient;
import org.healthcode.support.BrowserSession;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AuditBrowserTests {

	@LocalServerPort
	int port;

	ApiClient api;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
	}

	@Test
	void anAdminFindsAnOfficialsStatusChangeByIdNumberWithoutItEnteringTheUrl() {
		String idNumber = TestData.idNumber();
		String masked = idNumber.substring(0, 4) + "**********" + idNumber.substring(14);
		this.api
			.put("/api/v1/health-status",
					Map.of("idNumber", idNumber, "name", "王大明", "color", "RED", "reason", "CONFIRMED"),
					this.api.officialToken())
			.expectStatus(200);
		try (BrowserSession browser = new BrowserSession(this.api.baseUrl())) {
			browser.loginStaff("admin", TestData.ADMIN_PASSWORD);
			browser.click(By.id("home-audit"));
			browser.waitFor(ExpectedConditions.urlContains("/admin/audit"));

			browser.type(By.id("idNumber"), idNumber);
			new Select(browser.visible(By.id("action"))).selectByValue("HEALTH_STATUS_CHANGED");
			browser.click(By.id("audit-search"));

			List<WebElement> rows = browser
				.waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".audit-row"), 1));
			WebElement row = rows.get(0);
			assertThat(row.getAttribute("data-action")).isEqualTo("HEALTH_STATUS_CHANGED");
			assertThat(row.getAttribute("data-reason")).isEqualTo("CONFIRMED");
			assertThat(row.findElement(By.cssSelector(".subject-name")).getText()).isEqualTo("王*明");
			assertThat(row.findElement(By.cssSelector(".subject-id")).getText()).isEqualTo(masked);
			assertThat(row.findElement(By.cssSelector(".audit-action")).getText()).isIn("更改健康状态",
					"Health status changed");
			assertThat(row.findElement(By.cssSelector(".audit-reason")).getText()).isIn("确诊病例", "Confirmed case");
			assertThat(row.findElement(By.cssSelector(".actor-name")).getText()).isEqualTo("official");
			assertThat(browser.driver().getCurrentUrl()).doesNotContain(idNumber).endsWith("/admin/audit");
			assertThat(browser.driver().getPageSource()).doesNotContain("王大明");
			// a phone screen: entries become cards, nothing runs off to the side
			Object overflow = ((JavascriptExecutor) browser.driver())
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
			((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView();", row);
			browser.screenshot("audit-search");

			browser.type(By.id("idNumber"), "370102199001011234");
			browser.click(By.id("audit-search"));
			assertThat(browser.visible(By.id("problem")).getText()).isNotBlank();
		}
	}

	@Test
	void anOfficialCannotOpenTheAuditPage() {
		try (BrowserSession browser = new BrowserSession(this.api.baseUrl())) {
			browser.loginStaff("official", TestData.OFFICIAL_PASSWORD);
			browser.waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/staff/login")));
			assertThat(browser.driver().findElements(By.id("home-audit"))).isEmpty();

			browser.open("/admin/audit");

			assertThat(browser.visible(By.cssSelector("main")).getText()).contains("403");
			assertThat(browser.driver().findElements(By.id("audit-filter"))).isEmpty();
		}
	}

}
