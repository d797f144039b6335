package org.healthcode.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class OwnerOnlyFilesTests {

	@TempDir
	Path folder;

	@Test
	void aNewSecretFileIsTheOwnersAlone() throws IOException {
		Path file = this.folder.resolve("secrets/demo-logins.properties");
		Properties content = new Properties();
		content.setProperty("admin", "demo-password");

		OwnerOnlyFiles.create(file, content, "test");

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(Files.readString(file)).contains("admin=demo-password");
	}

	@Test
	void aFileAnOlderVersionLeftReadableIsTightened() throws IOException {
		Path file = Files.writeString(this.folder.resolve("keys.properties"), "k=v");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

		OwnerOnlyFiles.restrict(file);

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

}
