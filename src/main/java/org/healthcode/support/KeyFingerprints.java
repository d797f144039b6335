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

	KeyFingerprints(JdbcClient jdbc, KeyRing keys, Clock clock) {
		this.jdbc = jdbc;
		this.keys = keys;
		this.clock = clock;
	}

	@Override
	public void afterPropertiesSet() {
		List<String> problems = check();
		if (!problems.isEmpty()) {
			throw new KeyMismatchException(String.join("; ", problems), this.keys.restoreHint());
		}
	}

	/** Records the fingerprints not yet known; returns every mismatch in words. */
	List<String> check() {
		Map<String, String> current = current();
		current.forEach((purpose, fingerprint) -> this.jdbc.sql("""
				insert into key_fingerprint (purpose, fingerprint, recorded_at) values (:purpose, :fingerprint, :now)
				on conflict (purpose) do nothing
				""")
			.param("purpose", purpose)
			.param("fingerprint", fingerprint)
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update());
		Map<String, String> recorded = new LinkedHashMap<>();
		this.jdbc.sql("select purpose, fingerprint from key_fingerprint order by purpose")
			.query((rs, row) -> recorded.put(rs.getString("purpose"), rs.getString("fingerprint")))
			.list();
		List<String> problems = new ArrayList<>();
		recorded.forEach((purpose, fingerprint) -> {
			String now = current.get(purpose);
			if (now == null) {
				problems.add("signing key " + purpose.substring("signing:".length())
						+ " is missing (keep it as healthcode.keys.signing-retired.<id> so that posted codes still verify)");
			}
			else if (!now.equals(fingerprint)) {
				problems.add("key healthcode.keys." + purpose.replace("signing:", "signing-private.")
						+ " has fingerprint " + now + ", the database expects " + fingerprint);
			}
		});
		if (problems.isEmpty()) {
			log.info("Keys match the {} fingerprints recorded in the database", recorded.size());
		}
		return problems;
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
