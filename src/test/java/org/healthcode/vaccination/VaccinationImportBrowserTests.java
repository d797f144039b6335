package org.healthcode.vaccination;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.healthcode.support.ApiClient;
import org.healthcode.support.BrowserSession;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.People;
import org.healthcode.support.SiteStaff;
import org.healthcode.support.People.Resident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A vaccinator imports a CSV on a phone-sized page: the progress bar fills, the report
 * shows the counts and the bad line with its number; the page fits 360 px and a wide
 * window, and a resident's browser is refused the page.
 */
@IntegrationTest
class VaccinationImportBrowserTests {

	@LocalServerPort
	int port;

	@TempDir
	Path folder;

	@Test
	void aVaccinatorImportsAFileAndReadsTheReport() throws IOException {
		ApiClient api = new ApiClient(this.port);
		Resident resident = new People(api).registeredResident("严文华");
		String username = new SiteStaff(api).create("VACCINATOR", "历下区接种点", "370102");
		Path csv = this.folder.resolve("接种记录.csv");
		Files.writeString(csv,
				"idNumber,name,dose,product,vaccinatedOn\n" + resident.idNumber() + "," + resident.name()
						+ ",1,北京生物,2021-05-01\n" + resident.idNumber() + "," + resident.name() + ",9,北京生物,2021-06-01\n",
				StandardCharsets.UTF_8);

		for (boolean phone : new boolean[] { true, false }) {
			try (BrowserSession browser = phone ? new BrowserSession(api.baseUrl())
					: BrowserSession.desktop(api.baseUrl())) {
				browser.loginStaff(username, SiteStaff.SITE_PASSWORD);
				browser.open("/vaccination");
				browser.find(By.id("csv-file")).sendKeys(csv.toString());
				browser.click(By.id("start-import"));
				browser.waitFor(ExpectedConditions.attributeToBe(By.id("import-report"), "data-state", "DONE"));

				assertThat(browser.find(By.id("import-total")).getText()).isEqualTo("2");
				assertThat(browser.find(By.id("import-accepted")).getText()).isEqualTo(phone ? "1" : "0");
				assertThat(browser.find(By.id("import-duplicates")).getText()).isEqualTo(phone ? "0" : "1");
				assertThat(browser.find(By.cssSelector(".import-error[data-line='3']")).getAttribute("data-code"))
					.isEqualTo("VACCINATION_DOSE_INVALID");
				assertThat(browser.find(By.id("import-progress")).getAttribute("value")).isEqualTo("2");
				assertThat(browser.horizontalOverflow()).isZero();
				assertThat(browser.cspViolations()).isEmpty();
			}
		}
		try (BrowserSession browser = new BrowserSession(api.baseUrl())) {
			browser.loginResident(org.healthcode.support.TestData.phone());
			browser.open("/vaccination");
			assertThat(browser.driver().getPageSource()).doesNotContain("csv-file");
		}
	}

}
