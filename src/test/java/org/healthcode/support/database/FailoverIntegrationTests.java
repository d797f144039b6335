package org.healthcode.support.database;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.healthcode.HealthCodeApplication;
import org.healthcode.support.ApiClient;
import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.Deadline;
import org.healthcode.support.People;
import org.healthcode.support.People.Resident;
import org.healthcode.support.TestData;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Failover without loss: a primary with a synchronous streaming standby (Debian's
 * PostgreSQL packages, which {@code .ci/run} installs), the application's JDBC URL naming
 * both with {@code targetServerType=primary}. Under check-in load the primary is killed
 * with {@code kill -9} and the standby promoted: the application goes on without a
 * restart and every check-in it acknowledged is on the new primary.
 */
class FailoverIntegrationTests {

	@Test
	void afterThePrimaryIsKilledAndTheStandbyPromotedCheckInsGoOnAndNoneAcknowledgedIsLost() throws Exception {
		assumeThat(DebianPostgres.bin()).as("Debian's postgresql package").isPresent();
		DebianPostgres primary = DebianPostgres.primary(DebianPostgres.folder("primary"), 55433);
		DebianPostgres standby = null;
		try {
			JdbcClient onPrimary = jdbc(primary);
			onPrimary.sql("create database healthcode").update();
			standby = DebianPostgres.standbyOf(primary, DebianPostgres.folder("standby"), 55434);
			onPrimary.sql("alter system set synchronous_standby_names = 'standby1'").update();
			onPrimary.sql("select pg_reload_conf()").query().singleRow();
			Deadline.of(Duration.ofSeconds(20))
				.await(() -> "sync".equals(
						onPrimary.sql("select max(sync_state) from pg_stat_replication").query(String.class).single()));

			Path appData = java.nio.file.Files.createTempDirectory("healthcode-failover-app");
			try (ConfigurableApplicationContext app = start(appData, primary, standby)) {
				ApiClient api = new ApiClient(((WebServerApplicationContext) app).getWebServer().getPort());
				People people = new People(api);
				JsonNode venue = people.venue(people.registeredResident("切店"), "切换");
				List<Resident> residents = new ArrayList<>();
				for (int i = 0; i < 6; i++) {
					residents.add(people.registeredResident("切" + (char) ('一' + i)));
				}
				Load load = new Load(api, venue, residents);
				Deadline.of(Duration.ofSeconds(30)).await(() -> load.acknowledged.size() >= 30);

				primary.kill();
				standby.promote();
				long promoted = load.acknowledgedCount.get();
				Deadline.of(Duration.ofSeconds(30)).await(() -> load.acknowledgedCount.get() > promoted + 20);
				load.stop();

				assertThat(load.statuses).as("never a 500").doesNotContain(500);
				Long[] ids = load.acknowledged.toArray(Long[]::new);
				PostgresBinaries.deleteTree(appData);
				assertThat(jdbc(standby, "healthcode").sql("select count(*) from checkin where id = any(:ids)")
					.param("ids", ids)
					.query(Integer.class)
					.single()).as("acknowledged check-ins on the promoted standby").isEqualTo(ids.length);
			}
		}
		finally {
			primary.stop();
			if (standby != null) {
				standby.stop();
			}
		}
	}

	/** Residents scanning the venue in a loop until stopped; what was acknowledged. */
	private static final class Load {

		final ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();

		final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();

		final AtomicLong acknowledgedCount = new AtomicLong();

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final CountDownLatch stopped;

		Load(ApiClient api, JsonNode venue, List<Resident> residents) {
			this.stopped = new CountDownLatch(residents.size());
			for (Resident resident : residents) {
				Thread thread = new Thread(() -> {
					while (this.running.get()) {
						Response answer = api.post("/api/v1/checkins",
								Map.of("venueToken", venue.get("token").asString()), resident.token());
						this.statuses.add(answer.status());
						if (answer.status() == 201 || answer.status() == 200) {
							this.acknowledged.add(answer.json().get("id").asLong());
							this.acknowledgedCount.incrementAndGet();
						}
					}
					this.stopped.countDown();
				}, "failover-load");
				thread.setDaemon(true);
				thread.start();
			}
		}

		void stop() throws InterruptedException {
			this.running.set(false);
			this.stopped.await();
		}

	}

	private static ConfigurableApplicationContext start(Path dataDir, DebianPostgres primary, DebianPostgres standby) {
		String url = "jdbc:postgresql://127.0.0.1:" + primary.port() + ",127.0.0.1:" + standby.port()
				+ "/healthcode?targetServerType=primary";
		return new SpringApplicationBuilder(HealthCodeApplication.class).run("--server.port=0",
				"--spring.jmx.enabled=false", "--healthcode.data-dir=" + dataDir, "--spring.datasource.url=" + url,
				"--spring.datasource.username=postgres", "--spring.datasource.hikari.maximum-pool-size=8",
				"--healthcode.checkin.repeat-window=1ms", "--healthcode.retention.cron=-",
				"--healthcode.staff.demo-official-password=" + TestData.OFFICIAL_PASSWORD,
				"--healthcode.staff.demo-admin-password=" + TestData.ADMIN_PASSWORD,
				"--healthcode.account.otp-per-requester-per-hour=1000000");
	}

	private static JdbcClient jdbc(DebianPostgres server) {
		return jdbc(server, "postgres");
	}

	private static JdbcClient jdbc(DebianPostgres server, String database) {
		PGSimpleDataSource source = new PGSimpleDataSource();
		source.setUrl("jdbc:postgresql://127.0.0.1:" + server.port() + "/" + database);
		source.setUser("postgres");
		return JdbcClient.create(source);
	}

}
