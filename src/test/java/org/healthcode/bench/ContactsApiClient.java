package org.healthcode.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An official's client of {@code POST /api/v1/tracing/contacts} over loopback HTTP, as
 * the console's API users call it: one keep-alive connection, wall time per request
 * measured here, from sending to the whole body read.
 */
final class ContactsApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final String base;

	private String token;

	ContactsApiClient(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	/** Logs the demo official in; returns the time it took in ms. */
	double logIn(String password) throws Exception {
		long t0 = System.nanoTime();
		JsonNode answer = post("/api/v1/auth/staff-token",
				"{\"username\":\"official\",\"password\":\"" + password + "\"}");
		this.token = answer.get("accessToken").asString();
		return (System.nanoTime() - t0) / 1e6;
	}

	/** One contact search; its wall time and how many contacts it returned. */
	Timed contacts(String idNumber, Instant from, Instant to) throws Exception {
		long t0 = System.nanoTime();
		JsonNode answer = post("/api/v1/tracing/contacts",
				"{\"idNumber\":\"" + idNumber + "\",\"from\":\"" + from + "\",\"to\":\"" + to + "\"}");
		double millis = (System.nanoTime() - t0) / 1e6;
		return new Timed(millis, answer.get("contacts").size(), answer.get("encounterCount").asInt());
	}

	private JsonNode post(String path, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (this.token != null) {
			request.header("Authorization", "Bearer " + this.token);
		}
		HttpResponse<byte[]> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + response.statusCode());
		}
		return JSON.readTree(response.body());
	}

	record Timed(double millis, int contacts, int encounters) {
	}

}
