package org.healthcode.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's generated passwords and keys are readable by the owner only. */
@IntegrationTest
class DemoFilesIntegrationTests {

	@Autowired
	HealthCodeProperties platform;

	@Test
	void demoLoginsAndDemoKeysAreOwnerOnly() throws IOException {
		for (String name : new String[] { "demo-logins.properties", "keys.properties" }) {
			Path file = this.platform.dataDir().resolve(name);

			assertThat(file).exists();
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(name)
				.isEqualTo("rw-------");
		}
	}

}
