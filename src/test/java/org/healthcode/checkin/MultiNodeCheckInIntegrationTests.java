package org.healthcode.checkin;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import org.healthcode.support.ApiClient;
import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.Deadline;
import org.healthcode.support.PageSession;
import org.healthcode.support.People;
import org.healthcode.support.People.Resident;
import org.healthcode.support.TestData;
import org.healthcode.support.TwoNodes;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Check-ins over two nodes ({@link TwoNodes}; node B has four writers and reaches the
 * database through a proxy that can go half-open or away): one entry for concurrent
 * repeat scans, exact times, a stuck writer replaced without restart, 503 rather than 500
 * while the database is away, and a node that stops writes what it queued.
 */
class MultiNodeCheckInIntegrationTests {

	private final TwoNodes nodes = TwoNodes.get();

	private final ApiClient a = new ApiClient(TwoNodes.port(this.nodes.a()));

	private final ApiClient b = new ApiClient(TwoNodes.port(this.nodes.b()));

	private final JdbcClient jdbc = this.nodes.jdbc();

	@Test
	void twentyConcurrentScansOfOnePersonAtOneVenueAreOneEntryOnFourWritersAndAcrossNodes() {
		People people = new People(this.a);
		for (int trial = 0; trial < 6; trial++) {
			Resident resident = people.registeredResident("重" + (char) ('甲' + trial));
			JsonNode venue = people.venue(people.registeredResident("重店" + (char) ('甲' + trial)), "重复扫码");
			boolean acrossNodes = trial % 2 == 1;
			List<Response> answers = scanTogether(resident, venue, 20, acrossNodes);

			assertThat(answers).extracting(Response::status).containsOnly(201, 200).containsOnlyOnce(201);
			assertThat(answers).extracting(answer -> answer.json().get("id").asLong())
				.containsOnly(answers.get(0).json().get("id").asLong());
			assertThat(answers).extracting(answer -> answer.json().get("at").asString())
				.containsOnly(answers.get(0).json().get("at").asString());
			assertThat(entriesAt(venue)).as("trial %d across nodes: %s", trial, acrossNodes).isEqualTo(1);
		}
	}

	@Test
	void theTimeOfANewEntryIsTheStoredTimeToTheMicrosecond() {
		People people = new People(this.b);
		Resident resident = people.registeredResident("时一");
		JsonNode venue = people.venue(people.registeredResident("时店"), "钟表店");
		Response created = scan(this.b, resident, venue).expectStatus(201);
		Response repeated = scan(this.a, resident, venue).expectStatus(200);

		OffsetDateTime stored = this.jdbc.sql("select at from checkin where id = :id")
			.param("id", created.json().get("id").asLong())
			.query(OffsetDateTime.class)
			.single();
		assertThat(Instant.parse(created.json().get("at").asString())).isEqualTo(stored.toInstant());
		assertThat(repeated.json().get("at").asString()).isEqualTo(created.json().get("at").asString());
	}

	@Test
	void aWriterStuckOnAHalfOpenConnectionIsReplacedAndCheckInsGoOnWithoutRestart() throws Exception {
		People people = new People(this.b);
		Resident stuck = people.registeredResident("半一");
		Resident next = people.registeredResident("半二");
		JsonNode venue = people.venue(people.registeredResident("半店"), "半开连接");
		JsonNode warmUp = people.venue(people.registeredResident("半店二"), "预热");
		long entry = scan(this.b, stuck, warmUp).expectStatus(201).json().get("id").asLong();
		long person = this.jdbc.sql("select person_id from checkin where id = :id")
			.param("id", entry)
			.query(Long.class)
			.single();
		int key = ScanRegistrar.visitLockKey(person, venue.get("id").asLong());

		DataSource direct = dataSource();
		try (Connection holder = direct.getConnection()) {
			lock(holder, "select pg_advisory_lock(?, ?)", key);
			CompletableFuture<Response> blocked = CompletableFuture.supplyAsync(() -> scan(this.b, stuck, venue),
					Executors.newSingleThreadExecutor());
			Deadline.of(Duration.ofSeconds(10)).await(this::aWriterWaitsForTheLock);
			this.nodes.proxy().freezeOpenConnections();
			lock(holder, "select pg_advisory_unlock(?, ?)", key);

			assertThat(blocked.join().status()).as("the scan in the stuck group is told to retry").isEqualTo(503);
			Deadline.of(Duration.ofSeconds(10)).await(() -> writers(this.b).equals("DOWN"));
			Deadline recovery = Deadline.of(Duration.ofSeconds(40));
			recovery.await(() -> scan(this.b, next, venue).status() == 201);
			assertThat(writers(this.b)).isEqualTo("UP");
		}
	}

	@Test
	void whileTheDatabaseIsAwayEveryAnswerIsAQuick503AndCheckInsResumeWhenItIsBack() {
		People people = new People(this.b);
		Resident resident = people.registeredResident("断一");
		JsonNode venue = people.venue(people.registeredResident("断店"), "断网");
		PageSession page = new PageSession(TwoNodes.port(this.nodes.b()));
		page.loginResident(TestData.phone());
		this.nodes.proxy().cut();
		try {
			HttpResponse<String> profilePage = page.get("/me/profile");
			assertThat(profilePage.statusCode()).as("a page whose session cannot be read").isEqualTo(503);
			assertThat(profilePage.body()).contains("服务暂时繁忙或数据暂时无法访问");
			long start = System.nanoTime();
			Response scan = scan(this.b, resident, venue);
			Response health = this.b.get("/api/v1/me/health-code", resident.token());
			Response actuator = this.b.get("/actuator/health", null);

			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
			for (Response answer : List.of(scan, health)) {
				assertThat(answer.status()).isEqualTo(503);
				assertThat(answer.header("Retry-After")).matches("[1-9][0-9]*");
				assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
			}
			assertThat(health.json().get("code").asString()).isEqualTo("DATABASE_UNAVAILABLE");
			assertThat(scan.json().get("code").asString()).isIn("DATABASE_UNAVAILABLE", "CHECKIN_BUSY");
			assertThat(actuator.status()).isEqualTo(503);
		}
		finally {
			this.nodes.proxy().restore();
		}
		Deadline.of(Duration.ofSeconds(20)).await(() -> scan(this.b, resident, venue).status() == 201);
	}

	@Test
	void aNodeThatStopsUnderLoadWritesTheScansItQueuedBeforeItsDataSourceCloses() throws Exception {
		ConfigurableApplicationContext third = this.nodes.startAnother(
				Files.createTempDirectory(Path.of("target"), "draining"),
				Map.of("healthcode.checkin.batch.max-size", "4"), true);
		ApiClient api = new ApiClient(TwoNodes.port(third));
		People people = new People(this.a);
		JsonNode venue = people.venue(people.registeredResident("停店"), "停机");
		List<Resident> residents = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			residents.add(people.registeredResident("停" + (char) ('一' + i)));
		}
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(residents.size());
		List<CompletableFuture<Response>> answers = residents.stream()
			.map(resident -> CompletableFuture.supplyAsync(() -> {
				await(go);
				return scanOrFail(api, resident, venue);
			}, pool))
			.toList();
		go.countDown();
		Deadline.of(Duration.ofSeconds(10)).await(() -> entriesAt(venue) > 0);
		third.close();

		List<Long> acknowledged = new ArrayList<>();
		for (CompletableFuture<Response> answer : answers) {
			Response response = answer.join();
			assertThat(response.status()).as("never a 500").isNotEqualTo(500);
			if (response.status() == 201) {
				acknowledged.add(response.json().get("id").asLong());
			}
		}
		pool.shutdown();
		assertThat(acknowledged).isNotEmpty();
		assertThat(this.jdbc.sql("select count(*) from checkin where id = any(:ids)")
			.param("ids", acknowledged.toArray(Long[]::new))
			.query(Integer.class)
			.single()).isEqualTo(acknowledged.size());
	}

	private List<Response> scanTogether(Resident resident, JsonNode venue, int scans, boolean acrossNodes) {
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(scans);
		List<CompletableFuture<Response>> pending = new ArrayList<>();
		for (int i = 0; i < scans; i++) {
			ApiClient node = (acrossNodes && i % 2 == 0) ? this.a : this.b;
			pending.add(CompletableFuture.supplyAsync(() -> {
				await(go);
				return scan(node, resident, venue);
			}, pool));
		}
		go.countDown();
		try {
			return pending.stream().map(CompletableFuture::join).toList();
		}
		finally {
			pool.shutdown();
		}
	}

	private static Response scan(ApiClient node, Resident resident, JsonNode venue) {
		return node.post("/api/v1/checkins", Map.of("venueToken", venue.get("token").asString()), resident.token());
	}

	private static Response scanOrFail(ApiClient node, Resident resident, JsonNode venue) {
		try {
			return scan(node, resident, venue);
		}
		catch (IllegalStateException ex) {
			// the node closed the connection: no answer, neither acknowledged nor a 500
			return new Response(0, new byte[0], Map.of());
		}
	}

	private int entriesAt(JsonNode venue) {
		return this.jdbc.sql("select count(*) from checkin where venue_id = :venue")
			.param("venue", venue.get("id").asLong())
			.query(Integer.class)
			.single();
	}

	private boolean aWriterWaitsForTheLock() {
		return this.jdbc.sql("select count(*) from pg_locks where locktype = 'advisory' and not granted")
			.query(Integer.class)
			.single() > 0;
	}

	private static String writers(ApiClient node) {
		return node.get("/actuator/health", null)
			.json()
			.get("components")
			.get("checkInWriters")
			.get("status")
			.asString();
	}

	private DataSource dataSource() {
		org.postgresql.ds.PGSimpleDataSource source = new org.postgresql.ds.PGSimpleDataSource();
		source.setUrl(this.nodes.jdbcUrl());
		source.setUser("postgres");
		return source;
	}

	private static void lock(Connection connection, String sql, int key) throws Exception {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setInt(1, CheckInRepository.VISIT_LOCK_SPACE);
			statement.setInt(2, key);
			statement.execute();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
