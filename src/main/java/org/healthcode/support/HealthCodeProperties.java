package org.healthcode.support;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings every module may read: how the platform runs and where it is reached.
 *
 * @param mode DEMO (default: dev outbox, seeded demo accounts, generated dev keys) or
 * PRODUCTION
 * @param baseUrl public URL printed on posters and in links, without trailing slash
 * @param dataDir folder for the embedded database and generated dev keys
 */
@ConfigurationProperties("healthcode")
public record HealthCodeProperties(@DefaultValue("DEMO") Mode mode,
		@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue("./data") Path dataDir) {

	public enum Mode {

		DEMO, PRODUCTION

	}

	public boolean demo() {
		return this.mode == Mode.DEMO;
	}

}
