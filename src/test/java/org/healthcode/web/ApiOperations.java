package org.healthcode.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The API's operations as its OpenAPI document ({@code /v3/api-docs}) describes them,
 * with a well-formed example of each parameter and body to start mutating from.
 */
record ApiOperations(List<Operation> all) {

	static ApiOperations of(JsonNode document) {
		JsonNode schemas = document.path("components").path("schemas");
		List<Operation> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
			for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
				JsonNode op = method.getValue();
				Map<String, JsonNode> pathParams = new LinkedHashMap<>();
				Map<String, JsonNode> queryParams = new LinkedHashMap<>();
				for (JsonNode parameter : op.path("parameters")) {
					Map<String, JsonNode> target = "path".equals(parameter.get("in").asString()) ? pathParams
							: "query".equals(parameter.get("in").asString()) ? queryParams : null;
					if (target != null) {
						target.put(parameter.get("name").asString(), resolve(parameter.path("schema"), schemas));
					}
				}
				JsonNode body = op.path("requestBody").path("content").path("application/json").path("schema");
				operations.add(new Operation(method.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(),
						pathParams, queryParams, body.isMissingNode() ? null : resolve(body, schemas), schemas));
			}
		}
		return new ApiOperations(operations);
	}

	static JsonNode resolve(JsonNode schema, JsonNode schemas) {
		JsonNode ref = schema.get("$ref");
		return ref == null ? schema : schemas.get(ref.asString().substring("#/components/schemas/".length()));
	}

	/**
	 * @param body the JSON body's schema, null when the operation takes none
	 */
	record Operation(String method, String path, Map<String, JsonNode> pathParams, Map<String, JsonNode> queryParams,
			JsonNode body, JsonNode schemas) {

		/** The path with example values; {@code override} replaces one variable. */
		String path(String variable, String override) {
			String result = this.path;
			for (Map.Entry<String, JsonNode> parameter : this.pathParams.entrySet()) {
				String value = parameter.getKey().equals(variable) ? override
						: String.valueOf(example(parameter.getValue()));
				result = result.replace("{" + parameter.getKey() + "}", value);
			}
			return result;
		}

		/**
		 * A body that has every property in a plausible shape (its values seldom valid).
		 */
		Map<String, Object> exampleBody() {
			Object example = example(this.body);
			return example instanceof Map<?, ?> map ? castMap(map) : new LinkedHashMap<>();
		}

		Object example(JsonNode schema) {
			JsonNode resolved = resolve(schema, this.schemas);
			if (resolved.has("enum")) {
				return resolved.get("enum").get(0).asString();
			}
			String type = resolved.path("type").asString("object");
			String format = resolved.path("format").asString("");
			return switch (type) {
				case "integer" -> 1;
				case "number" -> 1.5;
				case "boolean" -> false;
				case "array" -> List.of(example(resolved.path("items")));
				case "string" ->
					"date-time".equals(format) ? "2022-04-01T08:00:00Z" : "date".equals(format) ? "2022-04-01" : "x";
				default -> {
					Map<String, Object> object = new LinkedHashMap<>();
					for (Map.Entry<String, JsonNode> property : resolved.path("properties").properties()) {
						object.put(property.getKey(), example(property.getValue()));
					}
					yield object;
				}
			};
		}

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

		@SuppressWarnings("unchecked")
		private static Map<String, Object> castMap(Map<?, ?> map) {
			return (Map<String, Object>) map;
		}

	}

}
