package org.healthcode.support.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files of an embedded cluster that HealthCode writes: initialisation of a new folder
 * (with a generated superuser password, never {@code trust}), the password set on a
 * folder an earlier version made with password-less logins, and at every start the
 * settings ({@value #SETTINGS}) and the login rules ({@code pg_hba.conf}).
 */
final class ClusterFolder {

	private static final Logger log = LoggerFactory.getLogger(ClusterFolder.class);

	static final String SETTINGS = "healthcode.conf";

	private static final String INCLUDE = "include_if_exists = '" + SETTINGS + "'";

	private final Path dir;

	ClusterFolder(Path dir) {
		this.dir = dir;
	}

	void initialiseOrUpgrade() throws IOException {
		if (!Files.exists(this.dir.resolve("PG_VERSION"))) {
			initialise();
		}
		else if (!ClusterLogins.existIn(this.dir)) {
			upgrade();
		}
	}

	/**
	 * initdb into a folder beside the final one, then a rename: a start killed half-way
	 * through leaves no half-made cluster behind.
	 */
	private void initialise() throws IOException {
		if (Files.isDirectory(this.dir)) {
			try (var entries = Files.list(this.dir)) {
				if (entries.findAny().isPresent()) {
					throw new IllegalStateException(this.dir + " is not empty and holds no PostgreSQL cluster "
							+ "(no PG_VERSION): move it away or point healthcode.embedded-database.data-dir elsewhere");
				}
			}
			Files.delete(this.dir);
		}
		Path staging = this.dir.resolveSibling(this.dir.getFileName() + ".initialising");
		PostgresBinaries.deleteTree(staging);
		ClusterLogins logins = ClusterLogins.generate();
		Path passwordFile = Files.createTempFile(this.dir.toAbsolutePath().getParent(), "initdb", ".pw",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		try {
			Files.writeString(passwordFile, logins.superuser() + "\n");
			ClusterCommands.Result made = ClusterCommands.run(
					List.of(PostgresBinaries.program("initdb"), "-D", staging.toString(), "-U", ClusterLogins.SUPERUSER,
							"--auth=scram-sha-256", "--pwfile=" + passwordFile, "-E", "UTF-8"),
					null, Duration.ofMinutes(5));
			if (!made.succeeded()) {
				throw new IllegalStateException("initdb failed in " + staging + ": " + made.output().strip());
			}
		}
		finally {
			Files.deleteIfExists(passwordFile);
		}
		logins.writeTo(staging);
		Files.move(staging, this.dir);
		log.info("Initialised an embedded PostgreSQL cluster in {}", this.dir);
	}

	/**
	 * A folder made by an earlier version: its superuser had no password (logins were
	 * trusted). Set one in single-user mode, before any server listens.
	 */
	private void upgrade() {
		ClusterLogins logins = ClusterLogins.generate();
		ClusterCommands.Result set = ClusterCommands.run(
				List.of(PostgresBinaries.program("postgres"), "--single", "-D", this.dir.toString(), "-c",
						"password_encryption=scram-sha-256", "postgres"),
				"alter role " + ClusterLogins.SUPERUSER + " password '" + logins.superuser() + "';\n",
				Duration.ofMinutes(5));
		if (!set.succeeded()) {
			throw new IllegalStateException("Could not set the superuser password of the embedded cluster in "
					+ this.dir + ": " + set.output().replace(logins.superuser(), "***").strip());
		}
		logins.writeTo(this.dir);
		log.info("Embedded cluster in {} made by an earlier version: logins now need generated passwords", this.dir);
	}

	/** Written at every start, so what this version needs always holds. */
	void writeSettings(int port) throws IOException {
		Files.writeString(this.dir.resolve(SETTINGS), String.join("\n",
				"# Written by HealthCode at every start of the embedded cluster: changes here are overwritten.",
				"port = " + port,
				"# loopback TCP only, no Unix socket: nothing else on the machine reaches it without a password",
				"listen_addresses = '127.0.0.1'", "unix_socket_directories = ''",
				"password_encryption = 'scram-sha-256'", "max_connections = 200", "timezone = 'UTC'",
				"# it holds real data: an acknowledged check-in must survive a crash", "fsync = on",
				"synchronous_commit = on", ""));
		Path main = this.dir.resolve("postgresql.conf");
		if (Files.readAllLines(main).stream().noneMatch(INCLUDE::equals)) {
			Files.writeString(main, "\n" + INCLUDE + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		}
		Files.writeString(this.dir.resolve("pg_hba.conf"), String.join("\n",
				"# Written by HealthCode at every start: SCRAM password logins over loopback TCP, nothing else.",
				"host all all 127.0.0.1/32 scram-sha-256", ""));
	}

}
