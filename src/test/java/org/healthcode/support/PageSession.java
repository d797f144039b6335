package org.healthcode.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without script: a cookie jar, GETs, and form POSTs carrying the page's CSRF
 * token. For checking what pages do without JavaScript and what a GET changes.
 */
public final class PageSession {

	private final String baseUrl;

	private final HttpClient http;

	public PageSession(int port) {
		this("http://localhost:" + port, HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
	}

	private PageSession(String baseUrl, HttpClient http) {
		this.baseUrl = baseUrl;
		this.http = http;
	}

	/**
	 * The same browser (same cookies) talking to another node of the application on
	 * {@code port}.
	 */
	public PageSession on(int port) {
		return new PageSession("http://localhost:" + port, this.http);
	}

	/** Logs a resident in through the login pages, reading the demo code shown there. */
	public void loginResident(String phone) {
		post("/login", "/login/code", Map.of("phone", phone));
		String page = get("/login").body();
		Matcher code = Pattern.compile("(\\d{6})").matcher(page.substring(page.indexOf("id=\"demo-code\"")));
		if (!code.find()) {
			throw new AssertionError("No demo code on the login page");
		}
		post("/login", "/login", Map.of("code", code.group(1)));
	}

	/** A GET as a page script makes it, asking for JSON with the session. */
	public HttpResponse<String> getJson(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path)).header("Accept", "application/json").GET());
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path)).header("Accept", "text/html").GET());
	}

	/**
	 * Opens {@code formPage} for its CSRF token, then posts {@code fields} to
	 * {@code action}.
	 */
	public HttpResponse<String> post(String formPage, String action, Map<String, String> fields) {
		String token = csrfOf(get(formPage).body());
		String body = fields.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&", "_csrf=" + encode(token) + (fields.isEmpty() ? "" : "&"), ""));
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * Posts raw bytes as a page script does: the CSRF token of {@code formPage} in the
	 * header the page names.
	 */
	public HttpResponse<String> postBytes(String formPage, String action, String contentType, byte[] body) {
		String page = get(formPage).body();
		Matcher header = Pattern.compile("<meta name=\"_csrf_header\" content=\"([^\"]+)\"").matcher(page);
		if (!header.find()) {
			throw new AssertionError("No CSRF header name on the page");
		}
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + action))
			.header("Content-Type", contentType)
			.header(header.group(1), csrfOf(page))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String csrfOf(String html) {
		Matcher matcher = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
		if (matcher.find()) {
			return matcher.group(1);
		}
		Matcher meta = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(html);
		if (meta.find()) {
			return meta.group(1);
		}
		throw new AssertionError("No CSRF token on the page");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
