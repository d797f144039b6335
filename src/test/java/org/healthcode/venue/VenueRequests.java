package org.healthcode.venue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.healthcode.support.TestData;

/**
 * Valid venue applications for tests, each with a name of its own so tests never see
 * duplicates.
 */
final class VenueRequests {

	private VenueRequests() {
	}

	static String uniqueName(String prefix) {
		return prefix + " " + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
	}

	/** A restaurant in 济南市历下区 with a map point and a valid manager. */
	static Map<String, Object> restaurant(String name) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("name", name);
		request.put("category", "CATERING_LODGING_RETAIL");
		request.put("subtype", "CATERING");
		request.put("divisionCode", "370102");
		request.put("address", "泉城路 188 号");
		request.put("location", new LinkedHashMap<>(Map.of("lat", 36.6651, "lng", 117.021)));
		request.put("manager",
				new LinkedHashMap<>(Map.of("name", "张小三", "phone", TestData.phone(), "idNumber", TestData.idNumber())));
		return request;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> manager(Map<String, Object> request) {
		return (Map<String, Object>) request.get("manager");
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> location(Map<String, Object> request) {
		return (Map<String, Object>) request.get("location");
	}

}
