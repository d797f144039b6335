package org.healthcode.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Shared web settings; numbers are read as {@link AsciiNumbers} read them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ WebProperties.class, RateLimitProperties.class })
class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, Long.class, AsciiNumbers::parseLong);
		registry.addConverter(String.class, Integer.class, AsciiNumbers::parseInt);
	}

}
