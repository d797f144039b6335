package org.healthcode.support.database;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded cluster's own start and stop: what a crash or a second process leaves in
 * its folder never stops it from starting, never gets an unrelated process signalled, and
 * a folder it cannot use fails at once with the reason.
 */
class EmbeddedClusterIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(60);

	@TempDir
	Path root;

	@Test
	void aStalePidFileNamingAnotherLiveProcessNeverGetsThatProcessSignalled() throws Exception {
		Path dir = this.root.resolve("postgres");
		EmbeddedCluster.start(dir, false, WAIT).close();
		Process bystander = new ProcessBuilder("cat").start();
		try {
			// as after a crash and a reboot: the file names a pid someone else now has
			Files.writeString(dir.resolve("postmaster.pid"), bystander.pid() + "\n" + dir + "\n");
			EmbeddedCluster cluster = EmbeddedCluster.start(dir, false, WAIT);
			assertThat(selectOne(cluster)).isEqualTo(1);
			assertThat(bystander.isAlive()).as("the process the stale file named").isTrue();

			long server = ServerProcesses.pidFileOf(dir).orElseThrow();
			Files.writeString(dir.resolve("postmaster.pid"), bystander.pid() + "\n" + dir + "\n");
			cluster.close();
			assertThat(bystander.isAlive()).as("stopping signals only the server it started").isTrue();
			assertThat(ProcessHandle.of(server)).as("that server ran on: its pid file was not its own").isPresent();

			EmbeddedCluster next = EmbeddedCluster.start(dir, false, WAIT);
			assertThat(ProcessHandle.of(server)).as("the next start stopped the server left running").isEmpty();
			assertThat(selectOne(next)).isEqualTo(1);
			next.close();
			assertThat(bystander.isAlive()).isTrue();
		}
		finally {
			bystander.destroy();
		}
	}

	@Test
	void twoStartsOnOneEmptyFolderMakeOneClusterAndTheOtherIsToldAtOnceThatItIsInUse() throws Exception {
		Path dir = this.root.resolve("postgres");
		List<CompletableFuture<EmbeddedCluster>> starts = List.of(
				CompletableFuture.supplyAsync(() -> EmbeddedCluster.start(dir, false, WAIT)),
				CompletableFuture.supplyAsync(() -> EmbeddedCluster.start(dir, false, WAIT)));

		List<EmbeddedCluster> started = starts.stream()
			.filter(start -> !failed(start))
			.map(CompletableFuture::join)
			.toList();
		List<Throwable> refused = starts.stream()
			.filter(EmbeddedClusterIntegrationTests::failed)
			.map(start -> start.handle((cluster, ex) -> ex.getCause()).join())
			.toList();
		try {
			assertThat(started).hasSize(1);
			assertThat(refused).hasSize(1);
			assertThat(refused.get(0)).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("is in use by another running HealthCode");
			assertThat(selectOne(started.get(0))).isEqualTo(1);
		}
		finally {
			started.forEach(EmbeddedCluster::close);
		}
	}

	@Test
	void aDamagedControlFileFailsTheStartAtOnceWithTheServersOwnReason() throws Exception {
		Path dir = this.root.resolve("postgres");
		EmbeddedCluster.start(dir, false, WAIT).close();
		try (RandomAccessFile control = new RandomAccessFile(dir.resolve("global/pg_control").toFile(), "rw")) {
			control.seek(16);
			control.write(new byte[64]);
		}
		long start = System.nanoTime();

		assertThatThrownBy(() -> EmbeddedCluster.start(dir, false, WAIT)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("did not start")
			.hasMessageContaining("control file");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
		// the lock was given back: the folder can be repaired and used without a restart
		DataFolderLock.take(dir).close();
	}

	@Test
	void theClusterTakesPasswordsOnlyOverLoopbackAndKeepsThemOwnerOnly() throws Exception {
		Path dir = this.root.resolve("postgres");
		try (EmbeddedCluster cluster = EmbeddedCluster.start(dir, false, WAIT)) {
			assertThat(Files.getPosixFilePermissions(ClusterLogins.fileOf(dir)))
				.isEqualTo(PosixFilePermissions.fromString("rw-------"));
			assertThatThrownBy(() -> DriverManager.getConnection(cluster.jdbcUrl("postgres"), "postgres", ""))
				.as("no password-less login, not even for the superuser")
				.hasMessageContaining("password");
			assertThatThrownBy(
					() -> DriverManager.getConnection(cluster.jdbcUrl("postgres"), "postgres", "not-the-password"))
				.hasMessageContaining("password authentication failed");
			try (Connection connection = DriverManager.getConnection(cluster.jdbcUrl("postgres"), "postgres",
					cluster.logins().superuser());
					ResultSet settings = connection.createStatement()
						.executeQuery("select current_setting('listen_addresses'), "
								+ "current_setting('unix_socket_directories'), current_setting('fsync')")) {
				settings.next();
				assertThat(settings.getString(1)).isEqualTo("127.0.0.1");
				assertThat(settings.getString(2)).as("no Unix socket").isEmpty();
				assertThat(settings.getString(3)).isEqualTo("on");
			}
		}
	}

	private static boolean failed(CompletableFuture<?> start) {
		try {
			start.join();
			return false;
		}
		catch (CompletionException ex) {
			return true;
		}
	}

	static int selectOne(EmbeddedCluster cluster) throws Exception {
		try (Connection connection = DriverManager.getConnection(cluster.jdbcUrl("postgres"), "postgres",
				cluster.logins().superuser()); ResultSet one = connection.createStatement().executeQuery("select 1")) {
			one.next();
			return one.getInt(1);
		}
	}

}
