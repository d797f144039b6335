package org.healthcode.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by its chromedriver, sized like a 360 px phone. Close
 * it after each test. Extra Chromium flags (e.g. a fake camera) can be passed in.
 */
public final class BrowserSession implements AutoCloseable {

	private final WebDriver driver;

	private final String baseUrl;

	private final Path profile;

	public BrowserSession(String baseUrl, String... extraFlags) {
		this(baseUrl, true, extraFlags);
	}

	/** A desk: a 1440 × 900 window, for the officials' and administrators' consoles. */
	public static BrowserSession desktop(String baseUrl, String... extraFlags) {
		return new BrowserSession(baseUrl, false, extraFlags);
	}

	private BrowserSession(String baseUrl, boolean phone, String... extraFlags) {
		this.baseUrl = baseUrl;
		try {
			this.profile = Files.createTempDirectory("hc-chromium-");
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", phone ? "--window-size=360,800" : "--window-size=1440,900", "--lang=zh-CN",
				"--user-data-dir=" + this.profile);
		options.addArguments(extraFlags);
		// like a phone in Shandong: Chinese first (headless Chromium ignores --lang for
		// Accept-Language)
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
		// a 360 px wide phone screen (a desktop window cannot be made that narrow)
		if (phone) {
			options.setExperimentalOption("mobileEmulation",
					Map.of("deviceMetrics", Map.of("width", 360, "height", 780, "pixelRatio", 2.0)));
		}
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver chrome = new ChromeDriver(service, options);
		// every page records what its Content-Security-Policy blocked, for
		// cspViolations()
		chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map
			.of("source", "window.__csp = []; document.addEventListener('securitypolicyviolation', function (e) {"
					+ " window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber); });"));
		this.driver = chrome;
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	public WebDriver driver() {
		return this.driver;
	}

	public void open(String path) {
		this.driver.get(this.baseUrl + path);
	}

	public WebElement find(By by) {
		return waitFor(ExpectedConditions.presenceOfElementLocated(by));
	}

	public WebElement visible(By by) {
		return waitFor(ExpectedConditions.visibilityOfElementLocated(by));
	}

	public void type(By by, String text) {
		WebElement element = visible(by);
		element.clear();
		element.sendKeys(text);
	}

	public void click(By by) {
		waitFor(ExpectedConditions.elementToBeClickable(by)).click();
	}

	public <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(15)).until(condition);
	}

	/**
	 * Waits until the page that held {@code element} is gone. Chromium answers a check of
	 * an element from a page being replaced either as stale or with an inspector error
	 * ("Node with given id does not belong to the document"); both mean it is gone.
	 */
	public void waitUntilGone(WebElement element) {
		waitFor(driver -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.WebDriverException gone) {
				return true;
			}
		});
	}

	/** Logs a resident in through the login page, reading the demo code shown there. */
	public void loginResident(String phone) {
		open("/login");
		type(By.id("phone"), phone);
		click(By.id("send-code"));
		String demo = visible(By.id("demo-code")).getText();
		String code = demo.replaceAll("\\D", "");
		type(By.id("code"), code.substring(code.length() - 6));
		click(By.id("sign-in"));
		// the sign-in must finish before the test navigates elsewhere, or the form post
		// is aborted
		waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	public void loginStaff(String username, String password) {
		open("/staff/login");
		type(By.id("username"), username);
		type(By.id("password"), password);
		click(By.id("staff-sign-in"));
		waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/staff/login")));
	}

	/** What the Content-Security-Policy blocked on the current page so far. */
	@SuppressWarnings("unchecked")
	public java.util.List<String> cspViolations() {
		Object found = ((org.openqa.selenium.JavascriptExecutor) this.driver)
			.executeScript("return window.__csp || [];");
		return (java.util.List<String>) found;
	}

	/** Runs a script in the page. */
	public Object script(String script, Object... args) {
		return ((org.openqa.selenium.JavascriptExecutor) this.driver).executeScript(script, args);
	}

	/**
	 * The width the page's content takes beyond the window, in CSS pixels (0 when none).
	 */
	public long horizontalOverflow() {
		Object overflow = script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		return ((Number) overflow).longValue();
	}

	/** Saves a screenshot under target/screenshots, for a person to look at. */
	public void screenshot(String name) {
		try {
			Path dir = Path.of("target", "screenshots");
			Files.createDirectories(dir);
			Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.driver.quit();
		org.springframework.util.FileSystemUtils.deleteRecursively(this.profile.toFile());
	}

}
