package org.healthcode.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.healthcode.web.ApiOperations.Operation;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad requests made from an operation: wrong types, missing and unknown fields, huge, NUL
 * and odd Unicode text, nested junk, broken and mistyped bodies, odd path variables and
 * query values, odd headers and tokens. Deterministic for a given seed.
 */
final class BadInputs {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String RAW = "\u0001raw\u0001";

	/** JSON values put in place of a field: raw JSON text. */
	static final List<String> VALUES = List.of("null", "12345", "-1", "1.5", "true", "\"\"", "\"   \"",
			json("字".repeat(100_000)), "\"a\\u0000b\"", "\"\\ud800\"", json("\u202e\u200b\ufeffx"), json("😷🏥"),
			json("１２３"), "{\"a\":[[[{}]]]}", "[1,\"x\",null]", "1e400", "123456789012345678901234567890",
			json("' OR 1=1 --"), json("<script>alert(1)</script>"), json("djF8MTF8MQ.demo-k." + "A".repeat(80)),
			json("djF8MTF8MQ.demo-k." + "A".repeat(85) + "B"));

	/** Whole bodies, as bytes, with their content type. */
	static final List<Body> BODIES = List.of(new Body("application/json", ""), new Body("application/json", "null"),
			new Body("application/json", "[]"), new Body("application/json", "\"text\""),
			new Body("application/json", "{"), new Body("application/json", "{\"a\":1,\"a\":2}"),
			new Body("application/json", "[".repeat(3000) + "]".repeat(3000)),
			new Body("application/json", "{\"x\":" + "{\"x\":".repeat(2000) + "1" + "}".repeat(2001)),
			new Body("application/json",
					new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' }),
			new Body("application/json", "\uFEFF{}"), new Body("application/json; charset=klingon", "{}"),
			new Body("text/plain", "hello"), new Body("application/xml", "<a/>"),
			new Body("application/x-www-form-urlencoded", "a=b&c=%00&d=%FF"),
			new Body("multipart/form-data; boundary=XX", "--XX\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb"),
			new Body("multipart/form-data", "garbage"), new Body("image/png", "not a png"));

	/** Path variables, already percent-encoded. */
	static final List<String> PATH_VALUES = List.of("0", "-1", "99999999999999999999", "%EF%BC%99%EF%BC%99", "0x10",
			"%00", "%FF", "1.5", "abc", "%E2%80%AE1", "1".repeat(3000), "..%2F..", "%20", "+1", "%D9%A5");

	/** Query values, already percent-encoded. */
	static final List<String> QUERY_VALUES = List.of("%00", "%FF%FE", "x".repeat(5000), "%EF%BC%91", "-1",
			"99999999999999999999", "%27%20OR%201%3D1", "2022-13-45", "2022-04-01T25:61:00Z", "%E2%80%AE");

	/** Authorization headers; {@code {token}} stands for a real token of the role. */
	static final List<String> AUTHORIZATIONS = List.of("Bearer", "Bearer ", "Bearer garbage", "Bearer hc1.",
			"Bearer hc1.AAAA.BBBB", "Bearer hc1." + "A".repeat(600), "Basic YWRtaW46YWRtaW4=", "bearer {token}",
			"Bearer {token}x", "Bearer {truncated}", "Bearer {respelled}", "Bearer {token} {token}",
			"Bearer djF8MTF8MQ.demo-k." + "A".repeat(85) + "Q", "Bearer {healthToken}", "Bearer {venueToken}");

	/** Other headers that must not matter. */
	static final List<Map<String, String>> HEADERS = List.of(Map.of("Accept", "application/xml"),
			Map.of("Accept", "text/html"), Map.of("Accept", "*/*;q=x"), Map.of("Accept-Language", "xx-YY;q=2,,;"),
			Map.of("Cookie", "hc-lang=zz_$$; JSESSIONID=%00"), Map.of("X-Forwarded-For", "not-an-address"),
			Map.of("Accept-Charset", "klingon"), Map.of("If-None-Match", "\"" + "x".repeat(4000) + "\""));

	private BadInputs() {
	}

	/** Every case of one operation; {@code random} picks among the values per field. */
	static List<Case> of(Operation operation, Random random) {
		List<Case> cases = new ArrayList<>();
		String path = operation.path(null, null);
		if (operation.body() != null) {
			Map<String, Object> example = operation.exampleBody();
			for (String field : example.keySet()) {
				for (String value : VALUES) {
					if (random.nextBoolean()) {
						cases.add(jsonCase(operation, path, "field " + field + " = " + abbreviate(value),
								with(example, field, RAW), value));
					}
				}
				Map<String, Object> missing = new LinkedHashMap<>(example);
				missing.remove(field);
				cases.add(jsonCase(operation, path, "without " + field, missing, null));
			}
			Map<String, Object> unknown = new LinkedHashMap<>(example);
			unknown.put("personId", 1);
			unknown.put("role", "ADMIN");
			cases.add(jsonCase(operation, path, "unknown fields", unknown, null));
			cases.add(jsonCase(operation, path, "example body", example, null));
		}
		for (Body body : BODIES) {
			// operations without a body get a few, to show a stray body changes nothing
			if (operation.body() == null && random.nextInt(4) > 0) {
				continue;
			}
			cases.add(new Case(operation, operation.method(), path,
					"body " + body.contentType() + " " + abbreviate(new String(body.bytes(), StandardCharsets.UTF_8)),
					body.contentType(), body.bytes(), Map.of()));
		}
		for (String variable : operation.pathParams().keySet()) {
			for (String value : PATH_VALUES) {
				cases.add(bodyless(operation, operation.path(variable, value),
						"path " + variable + " = " + abbreviate(value), Map.of()));
			}
		}
		for (String parameter : operation.queryParams().keySet()) {
			for (String value : QUERY_VALUES) {
				if (random.nextInt(2) == 0) {
					cases.add(bodyless(operation, path + "?" + parameter + "=" + value,
							"query " + parameter + " = " + abbreviate(value), Map.of()));
				}
			}
			cases.add(bodyless(operation, path + "?" + parameter + "=1&" + parameter + "=2",
					"query " + parameter + " twice", Map.of()));
		}
		cases.add(bodyless(operation, path + "?unknown=%00&lang=%FF", "unknown query", Map.of()));
		for (String authorization : AUTHORIZATIONS) {
			if (random.nextBoolean()) {
				continue;
			}
			cases.add(bodyless(operation, path, "authorization " + abbreviate(authorization),
					Map.of("Authorization", authorization)));
		}
		for (Map<String, String> headers : HEADERS) {
			if (random.nextBoolean()) {
				continue;
			}
			cases.add(bodyless(operation, path, "headers " + abbreviate(headers.toString()), headers));
		}
		return cases;
	}

	/** The operation's example request, as it is. */
	static Case example(Operation operation) {
		return bodyless(operation, operation.path(null, null), "example", Map.of());
	}

	private static Case jsonCase(Operation operation, String path, String description, Map<String, Object> body,
			String raw) {
		String text = JSON.writeValueAsString(body);
		if (raw != null) {
			text = text.replace(JSON.writeValueAsString(RAW), raw);
		}
		return new Case(operation, operation.method(), path, description, "application/json",
				text.getBytes(StandardCharsets.UTF_8), Map.of());
	}

	/** The example body (if any) with other headers or another path. */
	private static Case bodyless(Operation operation, String path, String description, Map<String, String> headers) {
		byte[] body = operation.body() == null ? null
				: JSON.writeValueAsString(operation.exampleBody()).getBytes(StandardCharsets.UTF_8);
		return new Case(operation, operation.method(), path, description, body == null ? null : "application/json",
				body, headers);
	}

	private static Map<String, Object> with(Map<String, Object> example, String field, Object value) {
		Map<String, Object> copy = new LinkedHashMap<>(example);
		copy.put(field, value);
		return copy;
	}

	private static String json(String text) {
		return JSON.writeValueAsString(text);
	}

	static String abbreviate(String text) {
		return text.length() <= 40 ? text : text.substring(0, 40) + "…(" + text.length() + ")";
	}

	/** A whole body and its content type. */
	record Body(String contentType, byte[] bytes) {

		Body(String contentType, String text) {
			this(contentType, text.getBytes(StandardCharsets.UTF_8));
		}

	}

	/**
	 * One bad request. {@code headers} may hold {@code {token}}, {@code {truncated}} or
	 * {@code {respelled}}, to be filled with the role's token.
	 */
	record Case(Operation operation, String method, String path, String description, String contentType, byte[] body,
			Map<String, String> headers) {

		@Override
		public String toString() {
			return this.method + " " + abbreviate(this.path) + " — " + this.description;
		}

	}

}
