package org.healthcode.support.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL cluster in its data folder, run with the bundled programs. At
 * start it takes the folder's lock before anything else, stops a server an earlier
 * process left running there (a {@code kill -9} of the application leaves the postmaster
 * behind), initialises the folder when new, and answers with the server's own reason when
 * it cannot start. The server listens on 127.0.0.1 only and takes SCRAM passwords only.
 */
final class EmbeddedCluster implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedCluster.class);

	static final String SERVER_LOG = "healthcode-server.log";

	private final Path dir;

	private final int port;

	private final ClusterLogins logins;

	private final DataFolderLock lock;

	private final long postmaster;

	private EmbeddedCluster(Path dir, int port, ClusterLogins logins, DataFolderLock lock, long postmaster) {
		this.dir = dir;
		this.port = port;
		this.logins = logins;
		this.lock = lock;
		this.postmaster = postmaster;
	}

	static EmbeddedCluster start(Path dataDir, boolean cleanOnStart, Duration startupWait) {
		Path dir = dataDir.toAbsolutePath().normalize();
		DataFolderLock lock = DataFolderLock.take(dir);
		try {
			EarlierServers.stopIn(dir);
			if (cleanOnStart) {
				PostgresBinaries.deleteTree(dir);
			}
			ClusterFolder folder = new ClusterFolder(dir);
			folder.initialiseOrUpgrade();
			ClusterLogins logins = ClusterLogins.readFrom(dir);
			int port = freePort();
			folder.writeSettings(port);
			launch(dir, startupWait);
			long postmaster = ServerProcesses.pidFileOf(dir).orElse(-1);
			log.info("Embedded PostgreSQL (pid {}) on 127.0.0.1:{} with data in {}", postmaster, port, dir);
			return new EmbeddedCluster(dir, port, logins, lock, postmaster);
		}
		catch (IOException ex) {
			lock.close();
			throw new UncheckedIOException("Embedded PostgreSQL did not start in " + dir, ex);
		}
		catch (RuntimeException ex) {
			lock.close();
			throw ex;
		}
	}

	private static void launch(Path dir, Duration startupWait) throws IOException {
		Path serverLog = dir.resolve(SERVER_LOG);
		long logStart = Files.exists(serverLog) ? Files.size(serverLog) : 0;
		ClusterCommands.Result started = ClusterCommands
			.run(List.of(PostgresBinaries.program("pg_ctl"), "-D", dir.toString(), "-l", serverLog.toString(), "-w",
					"-t", Long.toString(startupWait.toSeconds()), "start"), null, startupWait.plusSeconds(10));
		if (!started.succeeded()) {
			throw new IllegalStateException("Embedded PostgreSQL did not start in " + dir + ": "
					+ reason(serverLog, logStart, started.output()));
		}
	}

	/** What the server said about its failure: its FATAL and PANIC lines. */
	private static String reason(Path serverLog, long from, String fallback) throws IOException {
		if (Files.exists(serverLog)) {
			byte[] all = Files.readAllBytes(serverLog);
			String written = new String(all, (int) Math.min(from, all.length),
					(int) (all.length - Math.min(from, all.length)), java.nio.charset.StandardCharsets.UTF_8);
			String lines = written.lines()
				.filter(line -> line.contains("FATAL") || line.contains("PANIC") || line.contains("ERROR"))
				.collect(Collectors.joining(" | "));
			if (!lines.isBlank()) {
				return lines;
			}
		}
		return fallback.strip();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			return socket.getLocalPort();
		}
	}

	int port() {
		return this.port;
	}

	ClusterLogins logins() {
		return this.logins;
	}

	Path dir() {
		return this.dir;
	}

	String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + database;
	}

	/**
	 * Stops the server this object started, and only that one: {@code pg_ctl stop}
	 * signals whatever {@code postmaster.pid} names, so it runs only while that is still
	 * our server.
	 */
	@Override
	public void close() {
		try {
			OptionalLong named = ServerProcesses.pidFileOf(this.dir);
			boolean ours = named.isPresent() && named.getAsLong() == this.postmaster
					&& (!ServerProcesses.inspectable() || ServerProcesses.isServerOf(this.postmaster, this.dir));
			if (ours) {
				ClusterCommands.Result stopped = ClusterCommands.run(List.of(PostgresBinaries.program("pg_ctl"), "-D",
						this.dir.toString(), "-m", "fast", "-w", "-t", "30", "stop"), null, Duration.ofSeconds(40));
				if (!stopped.succeeded()) {
					log.warn("Embedded PostgreSQL in {} did not stop cleanly: {}", this.dir, stopped.output().strip());
				}
			}
		}
		finally {
			this.lock.close();
		}
	}

}
