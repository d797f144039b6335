package org.healthcode.web;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Request JSON means what it says: no scalar coercion ({@code {"withMe": 12345}} is not
 * {@code true}, {@code "5"} is not a number, {@code 0} is not an enum constant), and no
 * string that PostgreSQL cannot store ({@link StorableText}). Such bodies are 400s.
 */
@Configuration(proxyBeanMethods = false)
class JsonInputConfiguration {

	@Bean
	JsonMapperBuilderCustomizer strictRequestJson() {
		SimpleModule storableText = new SimpleModule("storable-text");
		storableText.addDeserializer(String.class, new StorableText.Deserializer());
		return builder -> builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.withCoercionConfig(LogicalType.Boolean,
					config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Textual,
					config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Integer,
					config -> config.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
			.addModule(storableText);
	}

}
