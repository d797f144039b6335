package org.healthcode.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.SecretKey;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Guards against forked identities: the first start records a fingerprint of each key the
 * data depends on (PII encryption, blind index, access tokens, every signing key); every
 * later start compares. A node whose keys are not the recorded ones (a lost demo key
 * file, a wrong variable) refuses to start and says what to restore, instead of making
 * new accounts for known phones and data nobody can decrypt. Several nodes starting
 * together record the same rows once.
 */
@Component
@DependsOnDatabaseInitialization
class KeyFingerprints implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(KeyFingerprints.class);

	private static final byte[] LABEL = "healthcode key fingerprint v1".getBytes(StandardCharsets.US_ASCII);

	private final JdbcClient jdbc;

	private final KeyRing keys;

	private final Clock clock;

	private final TransactionTemplate transactions;

	KeyFingerprints(JdbcClient jdbc, KeyRing keys, Clock clock, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.keys = keys;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	public void afterPropertiesSet() {
		List<String> problems = check();
		if (!problems.isEmpty()) {
			throw new KeyMismatchException(String.join("; ", problems), this.keys.restoreHint());
		}
	}

	/**
	 * Compares the keys with the recorded fingerprints and, when they match, records
	 * those not yet known (a new signing key); returns every mismatch in words. One
	 * transaction under an advisory lock, so nodes starting together check one after the
	 * other and a refused node records nothing.
	 */
	List<String> check() {
		Map<String, String> current = current();
		List<String> problems = new ArrayList<>();
		this.transactions.executeWithoutResult(status -> {
			this.jdbc.sql("select pg_advisory_xact_lock(hashtextextended('key fingerprints', 0))")
				.query((rs, row) -> row)
				.list();
			Map<String, String> recorded = new LinkedHashMap<>();
			this.jdbc.sql("select purpose, fingerprint from key_fingerprint order by purpose")
				.query((rs, row) -> recorded.put(rs.getString("purpose"), rs.getString("fingerprint")))
				.list();
			recorded.forEach((purpose, fingerprint) -> compare(purpose, fingerprint, current.get(purpose), problems));
			if (problems.isEmpty()) {
				current.forEach((purpose, fingerprint) -> {
					if (!recorded.containsKey(purpose)) {
						record(purpose, fingerprint);
					}
				});
				log.info("Keys match the fingerprints recorded in the database ({} keys)", current.size());
			}
		});
		return problems;
	}

	private static void compare(String purpose, String recorded, String now, List<String> problems) {
		if (now == null) {
			problems.add("signing key " + purpose.substring("signing:".length())
					+ " is missing (keep it as healthcode.keys.signing-retired.<id> so that posted codes still verify)");
		}
		else if (!now.equals(recorded)) {
			problems.add("key healthcode.keys." + purpose.replace("signing:", "signing-private.") + " has fingerprint "
					+ now + ", the database expects " + recorded);
		}
	}

	private void record(String purpose, String fingerprint) {
		this.jdbc.sql("""
				insert into key_fingerprint (purpose, fingerprint, recorded_at) values (:purpose, :fingerprint, :now)
				""")
			.param("purpose", purpose)
			.param("fingerprint", fingerprint)
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	private Map<String, String> current() {
		Map<String, String> fingerprints = new LinkedHashMap<>();
		fingerprints.put("pii-encryption", of(this.keys.piiEncryptionKey()));
		fingerprints.put("blind-index", of(this.keys.blindIndexKey()));
		fingerprints.put("access-token", of(this.keys.accessTokenKey()));
		this.keys.verificationKeys()
			.forEach((id, publicKey) -> fingerprints.put("signing:" + id, digest(publicKey.getEncoded())));
		return fingerprints;
	}

	private static String of(SecretKey key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new javax.crypto.spec.SecretKeySpec(key.getEncoded(), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(LABEL), 0, 16);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	private static String digest(byte[] encoded) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(encoded), 0, 16);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	/** The keys configured are not the ones the database was written with. */
	static class KeyMismatchException extends IllegalStateException {

		private final String problems;

		private final String restoreHint;

		KeyMismatchException(String problems, String restoreHint) {
			super("This database was written with other keys than the ones configured now: " + problems
					+ ". Refusing to start, so that nothing is written under the wrong keys. To fix it, " + restoreHint
					+ ".");
			this.problems = problems;
			this.restoreHint = restoreHint;
		}

		String problems() {
			return this.problems;
		}

		String restoreHint() {
			return this.restoreHint;
		}

	}

}
