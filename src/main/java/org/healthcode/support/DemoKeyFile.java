package org.healthcode.support;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;

/**
 * Keys for a demo install: generated once into {@code <data-dir>/keys.properties}
 * (owner-only) so that encrypted data and posted posters stay readable across restarts.
 * Never used in PRODUCTION.
 */
final class DemoKeyFile {

	private static final String FILE_NAME = "keys.properties";

	private DemoKeyFile() {
	}

	static Path pathIn(Path dataDir) {
		return dataDir.resolve(FILE_NAME);
	}

	static KeyProperties loadOrCreate(Path dataDir) {
		Path file = pathIn(dataDir);
		try {
			if (!Files.exists(file)) {
				write(file, generate());
			}
			Properties stored = new Properties();
			try (Reader reader = Files.newBufferedReader(file)) {
				stored.load(reader);
			}
			String kid = stored.getProperty("signing-active");
			return new KeyProperties(stored.getProperty("pii-encryption"), stored.getProperty("blind-index"),
					stored.getProperty("access-token"), kid, Map.of(kid, stored.getProperty("signing-private")),
					Map.of());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or write the demo key file in the data folder", ex);
		}
	}

	private static Properties generate() {
		SecureRandom random = new SecureRandom();
		Properties keys = new Properties();
		keys.setProperty("pii-encryption", randomKey(random));
		keys.setProperty("blind-index", randomKey(random));
		keys.setProperty("access-token", randomKey(random));
		keys.setProperty("signing-active", "demo-" + Long.toHexString(random.nextLong() & 0xffffffL));
		try {
			byte[] pkcs8 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate().getEncoded();
			keys.setProperty("signing-private", Base64.getEncoder().encodeToString(pkcs8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Ed25519 is not available in this JDK", ex);
		}
		return keys;
	}

	private static String randomKey(SecureRandom random) {
		byte[] key = new byte[32];
		random.nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	private static void write(Path file, Properties keys) throws IOException {
		Files.createDirectories(file.getParent());
		Files.createFile(file);
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: the folder's own permissions have to protect it
		}
		try (Writer writer = Files.newBufferedWriter(file)) {
			keys.store(writer, "HealthCode DEMO keys - never use in production");
		}
	}

}
