package org.healthcode.venue;

import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

import org.healthcode.support.ApiClient;
import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.IntegrationTest;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every way an application can be wrong, each with its status, problem code and field.
 */
@IntegrationTest
class VenueValidationIntegrationTests {

	private static final String VALIDATION = "VALIDATION_FAILED";

	@LocalServerPort
	int port;

	ApiClient api;

	String resident;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port);
		this.resident = this.api.residentToken(TestData.phone());
	}

	static Stream<Arguments> invalidApplications() {
		return Stream.of(invalid("name missing", r -> r.remove("name"), VALIDATION, "name"),
				invalid("name blank", r -> r.put("name", "   "), VALIDATION, "name"),
				invalid("name over 50", r -> r.put("name", "店".repeat(51)), VALIDATION, "name"),
				invalid("name with a control character", r -> r.put("name", "餐馆\u0007"), VALIDATION, "name"),
				invalid("name with a line break", r -> r.put("name", "餐馆\n二楼"), VALIDATION, "name"),
				invalid("name not printable", r -> r.put("name", "快乐餐馆 \uD83D\uDE00"), "VENUE_NAME_UNPRINTABLE", null),
				invalid("category missing", r -> r.remove("category"), VALIDATION, "category"),
				invalid("category unknown", r -> r.put("category", "NIGHT_CLUB"), "VENUE_CATEGORY_INVALID", null),
				invalid("subtype missing", r -> r.remove("subtype"), VALIDATION, "subtype"),
				invalid("subtype unknown", r -> r.put("subtype", "KARAOKE"), "VENUE_CATEGORY_INVALID", null),
				invalid("subtype of another category", r -> r.put("category", "PUBLIC_SERVICE"),
						"VENUE_CATEGORY_INVALID", null),
				invalid("category in lower case", r -> r.put("category", "catering_lodging_retail"),
						"VENUE_CATEGORY_INVALID", null),
				invalid("division missing", r -> r.remove("divisionCode"), VALIDATION, "divisionCode"),
				invalid("division not six digits", r -> r.put("divisionCode", "37010"), VALIDATION, "divisionCode"),
				invalid("division a city, not a county", r -> r.put("divisionCode", "370100"), "VENUE_DIVISION_INVALID",
						null),
				invalid("division the province", r -> r.put("divisionCode", "370000"), "VENUE_DIVISION_INVALID", null),
				invalid("division unknown", r -> r.put("divisionCode", "370199"), "VENUE_DIVISION_INVALID", null),
				invalid("division outside the list", r -> r.put("divisionCode", "110101"), "VENUE_DIVISION_INVALID",
						null),
				invalid("address missing", r -> r.remove("address"), VALIDATION, "address"),
				invalid("address blank", r -> r.put("address", " "), VALIDATION, "address"),
				invalid("address over 120", r -> r.put("address", "路".repeat(121)), VALIDATION, "address"),
				invalid("address with a control character", r -> r.put("address", "泉城路\t1号"), VALIDATION, "address"),
				invalid("address not printable", r -> r.put("address", "泉城路 \uD83C\uDFE0 1 号"),
						"VENUE_ADDRESS_UNPRINTABLE", null),
				invalid("latitude over 90", r -> VenueRequests.location(r).put("lat", 90.5), VALIDATION,
						"location.lat"),
				invalid("latitude under -90", r -> VenueRequests.location(r).put("lat", -91), VALIDATION,
						"location.lat"),
				invalid("longitude over 180", r -> VenueRequests.location(r).put("lng", 180.01), VALIDATION,
						"location.lng"),
				invalid("longitude under -180", r -> VenueRequests.location(r).put("lng", -200), VALIDATION,
						"location.lng"),
				invalid("latitude without longitude", r -> VenueRequests.location(r).remove("lng"), VALIDATION,
						"location.lng"),
				invalid("longitude without latitude", r -> VenueRequests.location(r).remove("lat"), VALIDATION,
						"location.lat"),
				invalid("manager missing", r -> r.remove("manager"), VALIDATION, "manager"),
				invalid("manager name missing", r -> VenueRequests.manager(r).remove("name"), VALIDATION,
						"manager.name"),
				invalid("manager name over 30", r -> VenueRequests.manager(r).put("name", "张".repeat(31)), VALIDATION,
						"manager.name"),
				invalid("manager name with digits", r -> VenueRequests.manager(r).put("name", "张3"), "NAME_INVALID",
						null),
				invalid("manager phone missing", r -> VenueRequests.manager(r).remove("phone"), VALIDATION,
						"manager.phone"),
				invalid("manager phone too short", r -> VenueRequests.manager(r).put("phone", "1391234"),
						"PHONE_INVALID", null),
				invalid("manager phone a landline", r -> VenueRequests.manager(r).put("phone", "05318888888"),
						"PHONE_INVALID", null),
				invalid("manager phone over 20", r -> VenueRequests.manager(r).put("phone", "1".repeat(21)), VALIDATION,
						"manager.phone"),
				invalid("manager ID number missing", r -> VenueRequests.manager(r).remove("idNumber"), VALIDATION,
						"manager.idNumber"),
				invalid("manager ID number wrong check character",
						r -> VenueRequests.manager(r).put("idNumber", "370101190102039972"), "ID_NUMBER_INVALID", null),
				invalid("manager ID number too short", r -> VenueRequests.manager(r).put("idNumber", "37010119010203"),
						"ID_NUMBER_INVALID", null),
				invalid("manager ID number over 20", r -> VenueRequests.manager(r).put("idNumber", "3".repeat(21)),
						VALIDATION, "manager.idNumber"));
	}

	private static Arguments invalid(String description, Consumer<Map<String, Object>> change, String code,
			String field) {
		return arguments(description, change, code, field);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidApplications")
	void anInvalidApplicationIsRefusedAndRegistersNothing(String description, Consumer<Map<String, Object>> change,
			String code, String field) {
		Map<String, Object> request = VenueRequests.restaurant(VenueRequests.uniqueName("校验"));
		change.accept(request);

		Response response = this.api.post("/api/v1/venues", request, this.resident);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.problemCode()).isEqualTo(code);
		if (field != null) {
			JsonNode errors = response.json().get("errors");
			assertThat(errors.valueStream().map(error -> error.get("field").asString())).contains(field);
		}
		assertThat(this.api.get("/api/v1/venues/mine", this.resident).json()).isEmpty();
	}

	@Test
	void malformedJsonIsAClientError() {
		Response response = this.api.postRaw("/api/v1/venues", "application/json", "{\"name\": ", this.resident);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.problemCode()).isEqualTo("MALFORMED_REQUEST");
	}

	@Test
	void aCoordinateThatIsNotANumberIsAClientError() {
		Map<String, Object> request = VenueRequests.restaurant(VenueRequests.uniqueName("坐标"));
		VenueRequests.location(request).put("lat", "NaN");

		Response response = this.api.post("/api/v1/venues", request, this.resident);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.problemCode()).isEqualTo(VALIDATION);
		assertThat(this.api.get("/api/v1/venues/mine", this.resident).json()).isEmpty();
	}

	@Test
	void fieldErrorsSayWhatIsWrong() {
		Map<String, Object> request = VenueRequests.restaurant("店".repeat(51));
		VenueRequests.manager(request).remove("phone");

		JsonNode errors = this.api
			.send(this.api.request("/api/v1/venues", this.resident)
				.header("Content-Type", "application/json")
				.header("Accept-Language", "en")
				.POST(java.net.http.HttpRequest.BodyPublishers
					.ofString(tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(request))))
			.json()
			.get("errors");

		assertThat(errors.valueStream()
			.map(error -> error.get("field").asString() + ": " + error.get("message").asString()))
			.containsExactlyInAnyOrder("name: At most 50 characters.", "manager.phone: Please fill in this field.");
	}

	@Test
	void errorsAreExplainedInTheCallersLanguage() {
		Map<String, Object> request = VenueRequests.restaurant(VenueRequests.uniqueName("语言"));
		request.put("divisionCode", "370100");

		Response english = this.api.send(this.api.request("/api/v1/venues", this.resident)
			.header("Content-Type", "application/json")
			.header("Accept-Language", "en")
			.POST(java.net.http.HttpRequest.BodyPublishers
				.ofString(tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(request))));
		Response chinese = this.api.post("/api/v1/venues", request, this.resident);

		assertThat(english.json().get("detail").asString()).contains("district or county");
		assertThat(chinese.json().get("detail").asString()).contains("区县");
	}

}
