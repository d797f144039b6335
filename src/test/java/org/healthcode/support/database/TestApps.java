package org.healthcode.support.database;

import java.util.HashMap;
import java.util.Map;

import org.healthcode.HealthCodeApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Whole applications started by a test, with the settings an operator would give. */
final class TestApps {

	private TestApps() {
	}

	/**
	 * Starts the application on a free port with these properties, as command-line
	 * arguments so that they win over application.properties like an operator's would.
	 */
	static ConfigurableApplicationContext start(Map<String, Object> properties) {
		Map<String, Object> all = new HashMap<>(properties);
		all.put("server.port", "0");
		all.put("spring.jmx.enabled", "false");
		String[] args = all.entrySet()
			.stream()
			.map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(HealthCodeApplication.class).run(args);
	}

	static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
