package org.healthcode.support;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.healthcode.HealthCodeApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application nodes over one PostgreSQL, started at the same moment on an empty
 * database, kept for the whole test JVM (each costs a context start). Node A connects
 * directly and trusts forwarded client addresses (its per-client rate limit is low); node
 * B runs four check-in writers and reaches the database through a {@link HalfOpenProxy},
 * with a short stuck-writer limit. Both share the same keys and one {@link TestClock}.
 */
public final class TwoNodes {

	private static TwoNodes started;

	private final EmbeddedPostgres server;

	private final HalfOpenProxy proxy;

	private final TestClock clock = new TestClock();

	private final Map<String, Object> keys = keys();

	private final Instant startedAt = Instant.now();

	private final ConfigurableApplicationContext a;

	private final ConfigurableApplicationContext b;

	private TwoNodes() throws IOException {
		Path root = Path.of("target/it-data/multinode").toAbsolutePath();
		// a run killed before its end leaves its cluster folder behind; initdb needs it
		// empty
		org.springframework.util.FileSystemUtils.deleteRecursively(root.resolve("postgres"));
		this.server = EmbeddedPostgres.builder()
			.setDataDirectory(root.resolve("postgres"))
			.setCleanDataDirectory(true)
			.setServerConfig("timezone", "UTC")
			.start();
		JdbcClient.create(this.server.getPostgresDatabase()).sql("create database healthcode").update();
		this.proxy = new HalfOpenProxy(this.server.getPort());
		Map<String, Object> a = common(root.resolve("node-a"), this.server.getPort());
		a.put("server.forward-headers-strategy", "native");
		a.put("healthcode.web.rate-limit.requests-per-second", "2");
		a.put("healthcode.web.rate-limit.burst", "5");
		Map<String, Object> b = common(root.resolve("node-b"), this.proxy.port());
		b.put("healthcode.checkin.batch.writers", "4");
		b.put("healthcode.checkin.batch.stuck-after", "2s");
		b.put("healthcode.checkin.batch.max-wait", "4s");
		CompletableFuture<ConfigurableApplicationContext> startingA = CompletableFuture.supplyAsync(() -> start(a));
		CompletableFuture<ConfigurableApplicationContext> startingB = CompletableFuture.supplyAsync(() -> start(b));
		this.a = startingA.join();
		this.b = startingB.join();
		Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "two-nodes-stop"));
	}

	/** The two nodes, started together on first use. */
	public static synchronized TwoNodes get() {
		if (started == null) {
			try {
				started = new TwoNodes();
			}
			catch (IOException ex) {
				throw new IllegalStateException("The database for two nodes did not start", ex);
			}
		}
		return started;
	}

	public ConfigurableApplicationContext a() {
		return this.a;
	}

	public ConfigurableApplicationContext b() {
		return this.b;
	}

	public static int port(ConfigurableApplicationContext node) {
		return ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	/**
	 * When the nodes began to start (their start-up made partitions from that day on).
	 */
	public Instant startedAt() {
		return this.startedAt;
	}

	public TestClock clock() {
		return this.clock;
	}

	public HalfOpenProxy proxy() {
		return this.proxy;
	}

	/** Direct access to the nodes' database (not through the proxy). */
	public JdbcClient jdbc() {
		return JdbcClient.create(this.server.getDatabase("postgres", "healthcode"));
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.server.getPort() + "/healthcode";
	}

	/**
	 * Starts one more node over the same database with extra properties; without the
	 * shared keys it makes its own (a DEMO key file in {@code dataDir}).
	 */
	public ConfigurableApplicationContext startAnother(Path dataDir, Map<String, Object> overrides,
			boolean sharedKeys) {
		Map<String, Object> properties = common(dataDir, this.server.getPort());
		if (!sharedKeys) {
			properties.keySet().removeAll(this.keys.keySet());
		}
		properties.putAll(overrides);
		return start(properties);
	}

	private Map<String, Object> common(Path dataDir, int databasePort) {
		Map<String, Object> properties = new HashMap<>(this.keys);
		properties.put("server.port", "0");
		properties.put("spring.jmx.enabled", "false");
		properties.put("healthcode.data-dir", dataDir.toString());
		properties.put("spring.datasource.url", "jdbc:postgresql://localhost:" + databasePort + "/healthcode");
		properties.put("spring.datasource.username", "postgres");
		properties.put("spring.datasource.hikari.maximum-pool-size", "8");
		properties.put("healthcode.staff.demo-official-password", TestData.OFFICIAL_PASSWORD);
		properties.put("healthcode.staff.demo-admin-password", TestData.ADMIN_PASSWORD);
		properties.put("healthcode.account.otp-per-requester-per-hour", "1000000");
		// the tests run the retention job themselves: its hourly cron would hold the
		// job's lock for a minute whenever a test ran at minute 5
		properties.put("healthcode.retention.cron", "-");
		return properties;
	}

	private ConfigurableApplicationContext start(Map<String, Object> properties) {
		List<String> args = new ArrayList<>();
		properties.forEach((key, value) -> args.add("--" + key + "=" + value));
		return new SpringApplicationBuilder(HealthCodeApplication.class)
			.initializers(context -> context.getBeanFactory().registerSingleton("testClock", this.clock))
			.run(args.toArray(String[]::new));
	}

	private void stop() {
		for (ConfigurableApplicationContext node : List.of(this.a, this.b)) {
			if (node.isActive()) {
				node.close();
			}
		}
		try {
			this.proxy.close();
			this.server.close();
		}
		catch (IOException ex) {
			// the JVM is going away
		}
	}

	private static Map<String, Object> keys() {
		try {
			Map<String, Object> keys = new HashMap<>();
			keys.put("healthcode.keys.pii-encryption", randomKey());
			keys.put("healthcode.keys.blind-index", randomKey());
			keys.put("healthcode.keys.access-token", randomKey());
			keys.put("healthcode.keys.signing-active", "mn1");
			keys.put("healthcode.keys.signing-private.mn1", Base64.getEncoder()
				.encodeToString(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate().getEncoded()));
			return keys;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	public Map<String, Object> keyProperties() {
		return Map.copyOf(this.keys);
	}

}
