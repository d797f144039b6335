package org.healthcode.web;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.healthcode.support.ApiClient;
import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.People;
import org.healthcode.support.People.Resident;
import org.healthcode.web.ApiOperations.Operation;
import org.healthcode.web.BadInputs.Case;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input over every API operation the running app documents ({@code /v3/api-docs}, so
 * operations added later are covered without touching this test), each sent as the roles
 * that may call it, plus broken cookies on pages. Not one may answer 5xx, and every 4xx
 * of the API must be problem+json with a {@code code}. Fixed seed: the same cases every
 * run.
 */
@IntegrationTest
class BadInputIntegrationTests {

	private static final long SEED = 12;

	private static final List<String> PAGES = List.of("/", "/login", "/staff/login", "/verify", "/scan",
			"/me/health-code", "/me/profile", "/me/companions", "/me/checkins", "/venues", "/official/tracing",
			"/official/dashboard", "/admin/audit", "/s/abc", "/checkins/1", "/no-such-page");

	private static final List<String> COOKIES = List.of("JSESSIONID=garbage", "JSESSIONID=", "JSESSIONID=%00%FF",
			"JSESSIONID=" + "A".repeat(4000), "hc-lang=zz_$$", "hc-lang=en Mars/Phobos", "hc-lang=%E2%80%AE",
			"hc-lang=", "hc-lang=" + "x".repeat(3000), "hc-lang=en; hc-lang=zz__", "=;;=; JSESSIONID",
			"JSESSIONID=a; JSESSIONID=b; hc-lang=\"en\"");

	@LocalServerPort
	int port;

	@Test
	void noBadInputToAnyOperationIsA5xxAndEveryRefusalIsAProblem() {
		ApiClient api = new ApiClient(this.port);
		People people = new People(api);
		Resident resident = people.registeredResident("吴测试");
		Map<String, String> tokens = tokens(api, resident);
		Map<String, String> wrongPurpose = Map.of("{healthToken}",
				api.get("/api/v1/me/health-code", resident.token()).expectStatus(200).json().get("token").asString(),
				"{venueToken}", people.venue(resident, "测试场所").get("token").asString());
		ApiOperations operations = ApiOperations.of(api.get("/v3/api-docs", null).expectStatus(200).json());
		Random random = new Random(SEED);
		List<String> failures = new ArrayList<>();
		int sent = 0;

		assertThat(operations.all()).hasSizeGreaterThan(30);
		for (Operation operation : operations.all()) {
			List<String> roles = relevantRoles(api, operation, tokens);
			List<Case> cases = BadInputs.of(operation, random);
			for (int i = 0; i < cases.size(); i++) {
				String role = roles.get(i % roles.size());
				Response response = send(api, withTokens(cases.get(i), wrongPurpose), tokens.get(role));
				sent++;
				check(cases.get(i) + " as " + role, response, true).ifPresent(failures::add);
			}
		}

		assertThat(sent).isGreaterThan(500);
		assertThat(failures).as("bad answers of %d cases", sent).isEmpty();
	}

	@Test
	void brokenSessionAndLanguageCookiesNeverBreakAPage() {
		ApiClient api = new ApiClient(this.port);
		List<String> failures = new ArrayList<>();

		for (String page : PAGES) {
			for (String cookie : COOKIES) {
				Response response = api
					.send(api.request(page, null).header("Accept", "text/html").header("Cookie", cookie).GET());
				check("GET " + page + " with cookie " + BadInputs.abbreviate(cookie), response, false)
					.ifPresent(failures::add);
			}
		}

		assertThat(failures).isEmpty();
	}

	/** Roles whose example request is not refused as unauthenticated or forbidden. */
	private static List<String> relevantRoles(ApiClient api, Operation operation, Map<String, String> tokens) {
		List<String> relevant = new ArrayList<>();
		for (Map.Entry<String, String> role : tokens.entrySet()) {
			Case example = BadInputs.of(operation, new Random(SEED))
				.stream()
				.filter(candidate -> candidate.description().startsWith("authorization "))
				.findFirst()
				.orElseThrow();
			int status = send(api, new Case(operation, example.method(), example.path(), "example",
					example.contentType(), example.body(), Map.of()), role.getValue())
				.status();
			if (status != 401 && status != 403) {
				relevant.add(role.getKey());
			}
		}
		return relevant.isEmpty() ? List.copyOf(tokens.keySet()) : relevant;
	}

	private static Response send(ApiClient api, Case badCase, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.baseUrl() + badCase.path()))
			.timeout(Duration.ofSeconds(30));
		boolean authorizationGiven = false;
		for (Map.Entry<String, String> header : badCase.headers().entrySet()) {
			String value = header.getValue();
			if (header.getKey().equals("Authorization")) {
				authorizationGiven = true;
				if (token == null && value.contains("{")) {
					continue;
				}
				value = fill(value, token);
			}
			request.header(header.getKey(), value);
		}
		if (!authorizationGiven && token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (badCase.contentType() != null) {
			request.header("Content-Type", badCase.contentType());
		}
		request.method(badCase.method(),
				badCase.body() == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(badCase.body()));
		return api.send(request);
	}

	/** A token, cut short, or with its last character spelled another way. */
	private static String fill(String value, String token) {
		if (token == null) {
			return value;
		}
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
		char last = token.charAt(token.length() - 1);
		String respelled = token.substring(0, token.length() - 1) + alphabet.charAt(alphabet.indexOf(last) ^ 1);
		return value.replace("{truncated}", token.substring(0, token.length() - 7))
			.replace("{respelled}", respelled)
			.replace("{token}", token);
	}

	private static java.util.Optional<String> check(String what, Response response, boolean api) {
		if (response.status() >= 500) {
			return java.util.Optional
				.of(what + " → " + response.status() + " " + BadInputs.abbreviate(response.text()));
		}
		if (api && response.status() >= 400) {
			String type = response.header("Content-Type");
			if (type == null || !type.startsWith("application/problem+json")) {
				return java.util.Optional.of(what + " → " + response.status() + " as " + type);
			}
			JsonNode problem = response.json();
			if (!problem.hasNonNull("code")) {
				return java.util.Optional.of(what + " → " + response.status() + " without code");
			}
		}
		return java.util.Optional.empty();
	}

	private static Case withTokens(Case badCase, Map<String, String> tokens) {
		String body = badCase.body() == null ? null : new String(badCase.body(), StandardCharsets.UTF_8);
		Map<String, String> headers = new LinkedHashMap<>(badCase.headers());
		for (Map.Entry<String, String> token : tokens.entrySet()) {
			body = body == null ? null : body.replace(token.getKey(), token.getValue());
			headers.replaceAll((name, value) -> value.replace(token.getKey(), token.getValue()));
		}
		return new Case(badCase.operation(), badCase.method(), badCase.path(), badCase.description(),
				badCase.contentType(), body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers);
	}

	/** Anonymous and a token of each role, in a fixed order. */
	private static Map<String, String> tokens(ApiClient api, Resident resident) {
		Map<String, String> tokens = new LinkedHashMap<>();
		tokens.put("anonymous", null);
		tokens.put("resident", resident.token());
		tokens.put("official", api.officialToken());
		tokens.put("admin", api.adminToken());
		return tokens;
	}

}
