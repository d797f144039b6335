package org.healthcode.support.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster run with the programs of Debian's {@code postgresql} package
 * (which has {@code pg_basebackup} and replication, unlike the bundled binaries), as its
 * {@code postgres} user when the test runs as root. Trusted logins on 127.0.0.1: a test
 * fixture only.
 */
final class DebianPostgres {

	private final Path dir;

	private final int port;

	private DebianPostgres(Path dir, int port) {
		this.dir = dir;
		this.port = port;
	}

	static Optional<Path> bin() {
		try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
			return versions.map(version -> version.resolve("bin"))
				.filter(bin -> Files.isExecutable(bin.resolve("pg_basebackup")))
				.max(Comparator.comparing(Path::toString));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	static DebianPostgres primary(Path dir, int port) {
		run("initdb", "-D", dir.toString(), "-U", "postgres", "--auth=trust", "-E", "UTF-8");
		append(dir.resolve("postgresql.conf"), "listen_addresses = '127.0.0.1'\nunix_socket_directories = ''\n"
				+ "wal_level = replica\nmax_wal_senders = 4\nfsync = on\nsynchronous_commit = on\n");
		write(dir.resolve("pg_hba.conf"), "host all all 127.0.0.1/32 trust\nhost replication all 127.0.0.1/32 trust\n");
		return new DebianPostgres(dir, port).start();
	}

	/**
	 * A streaming standby of {@code primary}, named {@code standby1} for synchronous
	 * commits.
	 */
	static DebianPostgres standbyOf(DebianPostgres primary, Path dir, int port) {
		run("pg_basebackup", "-h", "127.0.0.1", "-p", Integer.toString(primary.port), "-U", "postgres", "-D",
				dir.toString(), "-X", "stream", "-R", "-c", "fast");
		append(dir.resolve("postgresql.auto.conf"), "primary_conninfo = 'host=127.0.0.1 port=" + primary.port
				+ " user=postgres application_name=standby1'\nwal_retrieve_retry_interval = '1s'\n");
		return new DebianPostgres(dir, port).start();
	}

	DebianPostgres start() {
		run("pg_ctl", "-D", this.dir.toString(), "-l", this.dir + ".log", "-w", "-t", "60", "-o", "-p " + this.port,
				"start");
		return this;
	}

	void promote() {
		run("pg_ctl", "-D", this.dir.toString(), "-w", "-t", "60", "promote");
	}

	/** {@code kill -9} of the postmaster and of every server process of this folder. */
	void kill() {
		ServerProcesses.of(this.dir).forEach(ProcessHandle::destroyForcibly);
	}

	/** Kills what is left and removes the cluster's folder. */
	void stop() {
		List<ProcessHandle> servers = ServerProcesses.of(this.dir);
		servers.forEach(ProcessHandle::destroyForcibly);
		servers.forEach(server -> server.onExit().join());
		try {
			PostgresBinaries.deleteTree(this.dir.getParent());
		}
		catch (IOException ex) {
			// a temporary folder: the system cleans it up later
		}
	}

	int port() {
		return this.port;
	}

	static Path folder(String name) throws IOException {
		Path root = Files.createTempDirectory("healthcode-failover");
		root.toFile().setExecutable(true, false);
		root.toFile().setReadable(true, false);
		if (asRoot()) {
			command(List.of("chown", "postgres", root.toString()));
		}
		return root.resolve(name);
	}

	private static void run(String program, String... args) {
		List<String> command = new ArrayList<>();
		if (asRoot()) {
			command.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		command.add(bin().orElseThrow().resolve(program).toString());
		command.addAll(List.of(args));
		command(command);
	}

	private static void command(List<String> command) {
		ClusterCommands.Result result = runDirect(command);
		if (!result.succeeded()) {
			throw new IllegalStateException(String.join(" ", command) + " failed: " + result.output());
		}
	}

	private static ClusterCommands.Result runDirect(List<String> command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes());
			boolean ended = process.waitFor(Duration.ofMinutes(2).toMillis(),
					java.util.concurrent.TimeUnit.MILLISECONDS);
			return new ClusterCommands.Result(ended ? process.exitValue() : -1, output);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static boolean asRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static void append(Path file, String text) {
		try {
			Files.writeString(file, text, java.nio.file.StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void write(Path file, String text) {
		try {
			Files.writeString(file, text);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
