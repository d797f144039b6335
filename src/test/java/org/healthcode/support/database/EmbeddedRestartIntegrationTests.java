package org.healthcode.support.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.healthcode.HealthCodeApplication;
import org.healthcode.support.ApiClient;
import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.People;
import org.healthcode.support.People.Resident;
import org.healthcode.support.Deadline;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application on its embedded database starts again on the same data folder, without
 * anyone cleaning up, after it was killed with {@code kill -9} (its PostgreSQL runs on as
 * an orphan), and on a folder an earlier version made (password-less logins, everything
 * owned by the superuser).
 */
class EmbeddedRestartIntegrationTests {

	@TempDir
	Path dataDir;

	@AfterEach
	void stopCluster() {
		EmbeddedPostgresServers.stop(postgresDir());
	}

	@Test
	void anApplicationKilledWithKillNineStartsAgainOnTheSameFolderWithItsData() throws Exception {
		Path output = this.dataDir.resolve("first-run.log");
		Process first = startChild(output);
		try {
			Deadline.of(Duration.ofSeconds(120)).await(() -> started(output) || !first.isAlive());
			assertThat(first.isAlive()).as("the first run started").isTrue();
		}
		finally {
			first.destroyForcibly().waitFor();
		}
		List<ProcessHandle> orphans = ServerProcesses.of(postgresDir());
		assertThat(orphans).as("kill -9 leaves the embedded PostgreSQL running").isNotEmpty();

		long start = System.nanoTime();
		try (ConfigurableApplicationContext second = TestApps.start(properties())) {
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(90));
			assertThat(orphans).noneMatch(ProcessHandle::isAlive);
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select count(*) from key_fingerprint").query(Integer.class).single())
				.as("the data of the first run")
				.isPositive();
			new ApiClient(TestApps.port(second)).residentToken(TestData.phone());
		}
	}

	@Test
	void aNodeStoppedWithSigtermUnderLoadAnswersNo500AndStopsItsDatabaseLast() throws Exception {
		Path output = this.dataDir.resolve("stopped-run.log");
		Process node = startChild(output);
		List<Long> acknowledged = new ArrayList<>();
		List<Integer> statuses = new ArrayList<>();
		try {
			Deadline.of(Duration.ofSeconds(120)).await(() -> started(output) || !node.isAlive());
			assertThat(node.isAlive()).as("the node started").isTrue();
			ApiClient api = new ApiClient(childPort(output));
			People people = new People(api);
			JsonNode venue = people.venue(people.registeredResident("停机店"), "停机");
			List<Resident> residents = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				residents.add(people.registeredResident("停机" + (char) ('一' + i)));
			}
			List<Long> seen = java.util.Collections.synchronizedList(new ArrayList<>());
			List<CompletableFuture<List<Response>>> scans = residents.stream()
				.map(resident -> CompletableFuture.supplyAsync(() -> scanUntilRefused(api, resident, venue, seen)))
				.toList();
			Deadline.of(Duration.ofSeconds(60)).await(() -> seen.size() >= 20);
			node.destroy();
			for (CompletableFuture<List<Response>> scan : scans) {
				for (Response answer : scan.join()) {
					statuses.add(answer.status());
					if (answer.status() == 201) {
						acknowledged.add(answer.json().get("id").asLong());
					}
				}
			}
			assertThat(node.waitFor(60, TimeUnit.SECONDS)).as("the node stopped").isTrue();
		}
		finally {
			node.destroyForcibly().waitFor();
		}
		assertThat(statuses).as("never a 500").doesNotContain(500);
		assertThat(acknowledged).isNotEmpty();
		assertThat(ServerProcesses.of(postgresDir())).as("its database stopped with it").isEmpty();
		try (ConfigurableApplicationContext again = TestApps.start(properties())) {
			assertThat(again.getBean(JdbcClient.class)
				.sql("select count(*) from checkin where id = any(:ids)")
				.param("ids", acknowledged.toArray(Long[]::new))
				.query(Integer.class)
				.single()).isEqualTo(acknowledged.size());
		}
	}

	/**
	 * Scans again and again (new venue entries) until the node refuses the connection.
	 */
	private static List<Response> scanUntilRefused(ApiClient api, Resident resident, JsonNode venue, List<Long> seen) {
		List<Response> answers = new ArrayList<>();
		Deadline limit = Deadline.of(Duration.ofSeconds(120));
		while (!limit.passed()) {
			try {
				Response answer = api.post("/api/v1/checkins", Map.of("venueToken", venue.get("token").asString()),
						resident.token());
				answers.add(answer);
				if (answer.status() == 201) {
					seen.add(answer.json().get("id").asLong());
				}
			}
			catch (IllegalStateException ex) {
				// the stopping node closed or refused the connection: no answer, nothing
				// acknowledged
				break;
			}
		}
		return answers;
	}

	private Process startChild(Path output) throws java.io.IOException {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
				System.getProperty("java.class.path"), "-Xmx384m", HealthCodeApplication.class.getName()));
		properties().forEach((key, value) -> command.add("--" + key + "=" + value));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
	}

	private static int childPort(Path output) throws java.io.IOException {
		java.util.regex.Matcher port = java.util.regex.Pattern.compile("Tomcat started on port (\\d+)")
			.matcher(Files.readString(output));
		assertThat(port.find()).isTrue();
		return Integer.parseInt(port.group(1));
	}

	@Test
	void aFolderMadeByAnEarlierVersionGetsPasswordsAndTheTwoRolesOnItsFirstStart() throws Exception {
		// what the earlier version left: a cluster with trusted logins, migrated as
		// postgres
		try (EmbeddedPostgres earlier = EmbeddedPostgres.builder()
			.setDataDirectory(postgresDir())
			.setCleanDataDirectory(false)
			.start()) {
			Flyway.configure()
				.dataSource(earlier.getPostgresDatabase())
				.locations("classpath:db/migration")
				.target("10.5")
				.load()
				.migrate();
			JdbcClient.create(earlier.getPostgresDatabase())
				.sql("insert into audit_event (occurred_at, actor_role, action) values (now(), 'ADMIN', 'EARLIER')")
				.update();
		}

		try (ConfigurableApplicationContext upgraded = TestApps.start(properties())) {
			JdbcClient jdbc = upgraded.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo(ClusterLogins.APP);
			assertThat(
					jdbc.sql("select count(*) from audit_event where action = 'EARLIER'").query(Integer.class).single())
				.as("the earlier data")
				.isEqualTo(1);
			assertThat(jdbc.sql("""
					select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
					where n.nspname = 'public' and c.relkind in ('r', 'p')
					  and pg_get_userbyid(c.relowner) <> 'healthcode_owner'""").query(Integer.class).single())
				.as("tables not handed to the owner role")
				.isZero();
			assertThat(Files.exists(ClusterLogins.fileOf(postgresDir()))).isTrue();
			new ApiClient(TestApps.port(upgraded)).residentToken(TestData.phone());
		}
	}

	private static boolean started(Path output) {
		try {
			return Files.readString(output).contains("Started HealthCodeApplication");
		}
		catch (java.io.IOException ex) {
			return false;
		}
	}

	private Path postgresDir() {
		return this.dataDir.resolve("postgres");
	}

	private Map<String, Object> properties() {
		Map<String, Object> properties = new HashMap<>();
		properties.put("healthcode.data-dir", this.dataDir.toString());
		properties.put("healthcode.embedded-database.data-dir", postgresDir().toString());
		properties.put("healthcode.embedded-database.pool-size", "4");
		properties.put("healthcode.retention.cron", "-");
		properties.put("healthcode.checkin.repeat-window", "1ms");
		return properties;
	}

}
