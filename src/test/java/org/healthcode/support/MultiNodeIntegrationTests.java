package org.healthcode.support;

import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.healthcode.support.ApiClient.Response;
import org.healthcode.support.People.Resident;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two nodes over one database ({@link TwoNodes}): they started together on an empty
 * database, share page sessions, login codes and their limits, take turns at scheduled
 * jobs, take over each other's bulk markings, and refuse keys the database does not know.
 */
class MultiNodeIntegrationTests {

	private final TwoNodes nodes = TwoNodes.get();

	private final ApiClient a = new ApiClient(TwoNodes.port(this.nodes.a()));

	private final ApiClient b = new ApiClient(TwoNodes.port(this.nodes.b()));

	private final JdbcClient jdbc = this.nodes.jdbc();

	@AfterEach
	void resetClock() {
		this.nodes.clock().reset();
	}

	@Test
	void twoNodesStartedAtTheSameMomentOnAnEmptyDatabaseMigrateItOnce() {
		List<Map<String, Object>> history = this.jdbc
			.sql("select version, count(*) as runs, bool_and(success) as ok from flyway_schema_history "
					+ "where version is not null group by version")
			.query()
			.listOfRows();

		assertThat(history).isNotEmpty()
			.allSatisfy(row -> assertThat(row.get("runs")).isEqualTo(1L))
			.allSatisfy(row -> assertThat(row.get("ok")).isEqualTo(true));
		assertThat(history).extracting(row -> row.get("version")).contains("10.5");
		LocalDate startDay = LocalDate.ofInstant(this.nodes.startedAt(), ZoneOffset.UTC);
		assertThat(partitions()).contains("checkin_p" + startDay.toString().replace("-", ""),
				"checkin_p" + startDay.plusDays(7).toString().replace("-", ""));
		this.a.get("/actuator/health", null).expectStatus(200);
		this.b.get("/actuator/health", null).expectStatus(200);
	}

	@Test
	void aPageSessionStartedOnOneNodeIsServedByTheOther() {
		PageSession onA = new PageSession(TwoNodes.port(this.nodes.a()));
		onA.loginResident(TestData.phone());
		PageSession onB = onA.on(TwoNodes.port(this.nodes.b()));

		assertThat(onB.get("/me/profile").statusCode()).isEqualTo(200);
		assertThat(onB.get("/me/profile").body()).doesNotContain("jsessionid");
		assertThat(this.jdbc.sql("select count(*) from spring_session").query(Integer.class).single()).isPositive();
	}

	@Test
	void aLoginCodeSentByOneNodeIsCheckedByTheOtherAndItsLimitHoldsOnBoth() {
		String phone = TestData.phone();
		this.a.post("/api/v1/auth/otp", Map.of("phone", phone), null).expectStatus(202);
		String code = this.b.get("/api/v1/dev/sms-outbox?phone=" + phone, null)
			.expectStatus(200)
			.json()
			.get("code")
			.asString();

		Response tooSoon = this.b.post("/api/v1/auth/otp", Map.of("phone", phone), null).expectStatus(429);
		assertThat(tooSoon.json().get("code").asString()).isEqualTo("OTP_TOO_SOON");
		assertThat(tooSoon.header("Retry-After")).isNotBlank();
		this.b.post("/api/v1/auth/token", Map.of("phone", phone, "code", code), null).expectStatus(200);
	}

	@Test
	void aScheduledJobRunsOnOneNodeAtATime() throws Exception {
		this.nodes.clock().advance(Duration.ofDays(3));
		String ahead = "checkin_p" + LocalDate.now(ZoneOffset.UTC).plusDays(10).toString().replace("-", "");
		LockProvider locks = this.nodes.a().getBean(LockProvider.class);
		Optional<SimpleLock> heldByA = locks
			.lock(new LockConfiguration(Instant.now(), "retention-maintain", Duration.ofMinutes(1), Duration.ZERO));
		assertThat(heldByA).as("node A holds the retention lock").isPresent();
		try {
			invoke(this.nodes.b(), "org.healthcode.retention.RetentionJob", "scheduled");
			assertThat(partitions()).as("node B skipped its run").doesNotContain(ahead);
		}
		finally {
			heldByA.get().unlock();
		}
		invoke(this.nodes.b(), "org.healthcode.retention.RetentionJob", "scheduled");
		assertThat(partitions()).as("node B ran once the lock was free").contains(ahead);
	}

	@Test
	void aMarkingLeftByANodeThatDiedIsFinishedByAnotherOnceItsLeaseRunsOut() throws Exception {
		People people = new People(this.a);
		JsonNode venue = people.venue(people.registeredResident("任店"), "面馆");
		List<Long> persons = new ArrayList<>();
		for (String name : List.of("任一", "任二", "任三")) {
			Resident resident = people.registeredResident(name);
			long entry = this.a
				.post("/api/v1/checkins", Map.of("venueToken", venue.get("token").asString()), resident.token())
				.expectStatus(201)
				.json()
				.get("id")
				.asLong();
			persons.add(this.jdbc.sql("select person_id from checkin where id = :id")
				.param("id", entry)
				.query(Long.class)
				.single());
		}
		long official = this.jdbc.sql("select id from staff_account where username = 'official'")
			.query(Long.class)
			.single();
		long job = this.jdbc
			.sql("""
					insert into tracing_job (created_by_role, created_by, created_at, color, reason, status, total, changed,
					                         lease_owner, lease_until)
					values ('OFFICIAL', :official, now(), 'YELLOW', 'CLOSE_CONTACT', 'RUNNING', 3, 1, 'a-node-that-died', :until)
					returning id
					""")
			.param("official", official)
			.param("until", Instant.now().plus(Duration.ofMinutes(2)).atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
		this.jdbc
			.sql("""
					insert into tracing_job_person (job_id, person_id, outcome)
					select :job, p, case when ord = 1 then 'CHANGED' end from unnest(:persons::bigint[]) with ordinality as u(p, ord)
					""")
			.param("job", job)
			.param("persons", persons.toArray(Long[]::new))
			.update();

		invoke(this.nodes.b(), "org.healthcode.tracing.MarkingRunner", "resumeUnclaimed");
		assertThat(jobStatus(job)).as("the lease still holds").isEqualTo("RUNNING:1");

		this.nodes.clock().advance(Duration.ofMinutes(3));
		invoke(this.nodes.b(), "org.healthcode.tracing.MarkingRunner", "resumeUnclaimed");
		Deadline.of(Duration.ofSeconds(20)).await(() -> jobStatus(job).equals("DONE:3"));
		assertThat(this.jdbc.sql("select lease_owner from tracing_job where id = :id")
			.param("id", job)
			.query(String.class)
			.optional()).isEmpty();
	}

	@Test
	void aNodeWithOtherKeysThanTheDatabaseWasWrittenWithRefusesToStart() throws Exception {
		Path configured = Files.createTempDirectory(Path.of("target"), "other-keys");
		assertThatThrownBy(() -> this.nodes
			.startAnother(configured, Map.of("healthcode.keys.pii-encryption", TwoNodes.randomKey()), true)
			.close()).rootCause()
			.hasMessageContaining("healthcode.keys.pii-encryption has fingerprint")
			.hasMessageContaining("the database expects")
			.hasMessageContaining("set healthcode.keys.*");

		Path lostKeyFile = Files.createTempDirectory(Path.of("target"), "lost-key-file");
		assertThatThrownBy(() -> this.nodes.startAnother(lostKeyFile, Map.of(), false).close()).rootCause()
			.hasMessageContaining("key healthcode.keys.blind-index")
			.hasMessageContaining("signing key mn1 is missing")
			.hasMessageContaining(
					"restore the demo key file " + lostKeyFile.resolve("keys.properties").toAbsolutePath());
	}

	@Test
	void aClientOverItsRequestRateIsToldWhenToComeBackWhileOthersGoOn() {
		List<Integer> statuses = new ArrayList<>();
		Response refused = null;
		for (int i = 0; i < 12; i++) {
			Response response = fromClient("198.51.100.7");
			statuses.add(response.status());
			if (response.status() == 429) {
				refused = response;
			}
		}

		assertThat(statuses).contains(429).startsWith(200, 200, 200, 200, 200);
		assertThat(refused.header("Retry-After")).matches("[1-9][0-9]*");
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.json().get("code").asString()).isEqualTo("RATE_LIMITED");
		assertThat(fromClient("198.51.100.8").status()).isEqualTo(200);
	}

	private Response fromClient(String address) {
		return this.a.send(HttpRequest.newBuilder(URI.create(this.a.baseUrl() + "/api/v1/keys"))
			.header("X-Forwarded-For", address)
			.GET());
	}

	private String jobStatus(long job) {
		return this.jdbc.sql("select status || ':' || (changed + unchanged) from tracing_job where id = :id")
			.param("id", job)
			.query(String.class)
			.single();
	}

	private List<String> partitions() {
		return this.jdbc.sql("""
				select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
				join pg_class p on p.oid = i.inhparent where p.relname = 'checkin'
				""").query(String.class).list();
	}

	static void invoke(ConfigurableApplicationContext node, String type, String method) throws Exception {
		Class<?> beanType = Class.forName(type);
		Method target = beanType.getDeclaredMethod(method);
		target.setAccessible(true);
		target.invoke(node.getBean(beanType));
	}

}
