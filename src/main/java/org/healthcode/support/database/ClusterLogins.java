package org.healthcode.support.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

import org.healthcode.support.OwnerOnlyFiles;

/**
 * The passwords of the embedded cluster's three roles, generated at its first start and
 * kept owner-only in its data folder: the superuser {@code postgres} (creates the other
 * two, nothing else), {@value #OWNER} (owns the schema, runs the migrations) and
 * {@value #APP} (what the application connects as: rows only).
 *
 * @param superuser password of {@code postgres}
 * @param owner password of {@value #OWNER}
 * @param app password of {@value #APP}
 */
record ClusterLogins(String superuser, String owner, String app) {

	static final String SUPERUSER = "postgres";

	static final String OWNER = "healthcode_owner";

	static final String APP = "healthcode_app";

	static final String FILE = "healthcode-logins.properties";

	static Path fileOf(Path dataDir) {
		return dataDir.resolve(FILE);
	}

	static boolean existIn(Path dataDir) {
		return Files.exists(fileOf(dataDir));
	}

	static ClusterLogins generate() {
		return new ClusterLogins(secret(), secret(), secret());
	}

	static ClusterLogins readFrom(Path dataDir) {
		Path file = fileOf(dataDir);
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
			OwnerOnlyFiles.restrict(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + file, ex);
		}
		return new ClusterLogins(required(properties, SUPERUSER, file), required(properties, OWNER, file),
				required(properties, APP, file));
	}

	void writeTo(Path dataDir) {
		Properties properties = new Properties();
		properties.setProperty(SUPERUSER, this.superuser);
		properties.setProperty(OWNER, this.owner);
		properties.setProperty(APP, this.app);
		try {
			OwnerOnlyFiles.create(fileOf(dataDir), properties,
					"Passwords of the embedded PostgreSQL roles (generated; keep with the data)");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + fileOf(dataDir), ex);
		}
	}

	private static String required(Properties properties, String role, Path file) {
		String value = properties.getProperty(role);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException(file + " has no password for " + role);
		}
		return value;
	}

	private static String secret() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		// URL-safe base64: letters, digits, '-' and '_' only, so it never needs quoting
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	@Override
	public String toString() {
		return "ClusterLogins[secrets]";
	}

}
