package org.healthcode.venue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.healthcode.support.BrowserSession;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A resident applies for a venue code through the pages, sees it and downloads its
 * poster.
 */
@IntegrationTest
class VenueApplicationBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void applyThroughThePageAndDownloadThePoster() throws IOException {
		String name = VenueRequests.uniqueName("泉城烧烤");
		String phone = TestData.phone();
		try (BrowserSession browser = new BrowserSession("http://localhost:" + this.port)) {
			browser.loginResident(TestData.phone());
			browser.open("/?lang=zh-CN");
			browser.click(By.id("venues-link"));
			browser.visible(By.id("no-venues"));
			browser.click(By.id("apply-link"));

			fillIn(browser, name, phone, TestData.idNumber());
			browser.screenshot("venue-apply");
			browser.click(By.id("apply-submit"));

			browser.waitFor(ExpectedConditions.textToBe(By.id("venue-name"), name));
			assertThat(browser.visible(By.id("notice")).getText()).contains("场所码已生成");
			assertThat(browser.find(By.id("venue-division")).getText()).isEqualTo("山东省济南市历下区");
			assertThat(browser.find(By.id("manager-name")).getText()).isEqualTo("张*三");
			assertThat(browser.find(By.id("manager-phone")).getText())
				.isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
			assertThat(browser.driver().getPageSource()).doesNotContain(phone);
			String scanUrl = browser.find(By.id("scan-url")).getText();
			assertThat(scanUrl).startsWith("http://localhost:8080/s/");
			browser.waitFor(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
					"var img = document.getElementById('poster-image'); return img.complete && img.naturalWidth === 1240;"));
			browser.screenshot("venue-detail");

			Map<String, Object> png = fetch(browser, browser.find(By.id("poster-png")).getAttribute("href"));
			Map<String, Object> pdf = fetch(browser, browser.find(By.id("poster-pdf")).getAttribute("href"));

			assertThat(png.get("status")).isEqualTo(200L);
			assertThat(png.get("type")).isEqualTo("image/png");
			byte[] image = Base64.getDecoder().decode((String) png.get("data"));
			assertThat(QrImages.decode(QrImages.read(image)).getText()).isEqualTo(scanUrl);
			assertThat(pdf.get("type")).isEqualTo("application/pdf");
			assertThat(new String(Base64.getDecoder().decode((String) pdf.get("data")), 0, 5)).isEqualTo("%PDF-");

			Pdf printed = ((PrintsPage) browser.driver()).print(new PrintOptions());
			byte[] printedBytes = Base64.getDecoder().decode(printed.getContent());
			try (PDDocument document = Loader.loadPDF(printedBytes)) {
				assertThat(document.getNumberOfPages()).as("the print stylesheet prints just the poster").isEqualTo(1);
				BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
				ImageIO.write(page, "png", Path.of("target", "screenshots", "venue-printed.png").toFile());
				assertThat(QrImages.decode(page).getText()).isEqualTo(scanUrl);
			}

			browser.open("/venues");
			assertThat(browser.visible(By.cssSelector(".venue-link")).getText()).isEqualTo(name);
		}
	}

	@Test
	void errorsAreShownNextToTheirFieldsAndADuplicateNeedsConfirmation() {
		String name = VenueRequests.uniqueName("重复检查");
		try (BrowserSession browser = new BrowserSession("http://localhost:" + this.port)) {
			browser.loginResident(TestData.phone());
			browser.open("/venues/apply?lang=zh-CN");
			browser.click(By.id("apply-submit"));

			for (String field : new String[] { "name", "subtype", "divisionCode", "address", "managerName",
					"managerPhone", "managerIdNumber" }) {
				assertThat(browser.visible(By.id(field + "-error")).getText()).as(field).isNotBlank();
				assertThat(browser.find(By.id(field)).getAttribute("aria-invalid")).as(field).isEqualTo("true");
			}

			fillIn(browser, name, "123", TestData.idNumber());
			browser.type(By.id("lat"), "95");
			browser.click(By.id("apply-submit"));
			assertThat(browser.visible(By.id("managerPhone-error")).getText()).contains("手机号码");
			assertThat(browser.visible(By.id("lat-error")).getText()).isEqualTo("纬度应在 -90 至 90 之间。");
			assertThat(browser.visible(By.id("lng-error")).getText()).isEqualTo("请同时填写纬度和经度，或都不填。");
			assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo(name);
			assertThat(new Select(browser.find(By.id("divisionCode"))).getFirstSelectedOption().getText())
				.isEqualTo("历下区");
			assertThat(new Select(browser.find(By.id("city"))).getFirstSelectedOption().getText()).isEqualTo("济南市");
			browser.screenshot("venue-apply-errors");
			((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('lat').scrollIntoView()");
			browser.screenshot("venue-apply-errors-below");

			browser.type(By.id("managerPhone"), TestData.phone());
			browser.type(By.id("lat"), "36.6651");
			browser.type(By.id("lng"), "117.021");
			browser.click(By.id("apply-submit"));
			browser.waitFor(ExpectedConditions.textToBe(By.id("venue-name"), name));
			String first = browser.driver().getCurrentUrl();

			browser.open("/venues/apply");
			fillIn(browser, name, TestData.phone(), TestData.idNumber());
			browser.click(By.id("apply-submit"));
			assertThat(browser.visible(By.id("duplicate-warning")).getText()).contains("名称和地址都相同");
			browser.click(By.id("apply-submit"));
			browser.waitFor(ExpectedConditions.textToBe(By.id("venue-name"), name));
			assertThat(browser.driver().getCurrentUrl()).isNotEqualTo(first);
		}
	}

	@Test
	void markupInANameIsShownAsTextAndActionsAskFirst() {
		String markup = "<script>alert(1)</script>";
		String venuePath;
		try (BrowserSession browser = new BrowserSession("http://localhost:" + this.port)) {
			browser.loginResident(TestData.phone());
			browser.open("/venues/apply?lang=zh-CN");
			fillIn(browser, markup, TestData.phone(), TestData.idNumber());
			// duplicates are found across all accounts: an address of its own keeps this
			// test apart
			browser.type(By.id("address"), VenueRequests.uniqueName("经十路"));
			browser.click(By.id("apply-submit"));

			browser.waitFor(ExpectedConditions.textToBe(By.id("venue-name"), markup));
			assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
			assertThat(browser.driver().getPageSource()).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
				.doesNotContain("<script>alert(1)</script>");
			venuePath = browser.driver().getCurrentUrl().replaceFirst("^http://localhost:\\d+", "");
			assertThat(browser.visible(By.id("print-poster")).isDisplayed()).isTrue();

			browser.click(By.id("suspend"));
			browser.waitFor(ExpectedConditions.alertIsPresent()).accept();
			browser.waitFor(ExpectedConditions.textToBe(By.id("venue-status"), "已暂停"));

			browser.click(By.id("regenerate"));
			browser.waitFor(ExpectedConditions.alertIsPresent()).dismiss();
			assertThat(browser.find(By.id("venue-status")).getText()).isEqualTo("已暂停");
			String before = browser.find(By.id("scan-url")).getText();
			browser.click(By.id("regenerate"));
			browser.waitFor(ExpectedConditions.alertIsPresent()).accept();
			browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "旧海报已失效"));
			assertThat(browser.find(By.id("scan-url")).getText()).isNotEqualTo(before);

			browser.click(By.id("reactivate"));
			browser.waitFor(ExpectedConditions.alertIsPresent()).accept();
			browser.waitFor(ExpectedConditions.textToBe(By.id("venue-status"), "使用中"));

			browser.open("/venues");
			assertThat(browser.visible(By.cssSelector(".venue-link")).getText()).isEqualTo(markup);
			assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
		}
		try (BrowserSession other = new BrowserSession("http://localhost:" + this.port)) {
			other.loginResident(TestData.phone());
			other.open(venuePath + "?lang=zh-CN");
			assertThat(other.visible(By.cssSelector(".alert.error")).getText()).isEqualTo("找不到这个页面。");
			assertThat(other.driver().getPageSource()).doesNotContain("alert(1)");
			assertThat(fetch(other, venuePath + "/poster.png").get("status")).isEqualTo(404L);
		}
	}

	private static void fillIn(BrowserSession browser, String name, String phone, String idNumber) {
		browser.type(By.id("name"), name);
		new Select(browser.visible(By.id("subtype"))).selectByValue("CATERING");
		new Select(browser.visible(By.id("city"))).selectByVisibleText("济南市");
		new Select(browser.visible(By.id("divisionCode"))).selectByVisibleText("历下区");
		browser.type(By.id("address"), "泉城路 188 号");
		browser.type(By.id("managerName"), "张小三");
		browser.type(By.id("managerPhone"), phone);
		browser.type(By.id("managerIdNumber"), idNumber);
	}

	/**
	 * Fetches a URL with the browser's session cookie; returns status, content type and
	 * base64 body.
	 */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> fetch(BrowserSession browser, String url) {
		return (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0], { credentials: 'same-origin' })
				  .then(response => response.arrayBuffer().then(buffer => {
				    const bytes = new Uint8Array(buffer);
				    let binary = '';
				    for (let i = 0; i < bytes.length; i++) { binary += String.fromCharCode(bytes[i]); }
				    done({ status: response.status, type: response.headers.get('Content-Type'), data: btoa(binary) });
				  }))
				  .catch(error => done({ status: -1, type: String(error), data: '' }));
				""", url);
	}

}
