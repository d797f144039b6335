package org.healthcode.account;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.healthcode.identity.BlindIndex;
import org.healthcode.identity.PhoneNumber;
import org.healthcode.identity.PiiCipher;
import org.healthcode.identity.PiiField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes each message to the {@code sms_outbox} table, encrypted, in the caller's
 * transaction; a gateway relay delivers and marks them sent. In DEMO mode nothing
 * delivers them and the dev endpoint / login page read the code back instead.
 */
@Component
class OutboxSmsSender implements SmsSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSmsSender.class);

	private final JdbcClient jdbc;

	private final PiiCipher cipher;

	private final BlindIndex blindIndex;

	private final Clock clock;

	OutboxSmsSender(JdbcClient jdbc, PiiCipher cipher, BlindIndex blindIndex, Clock clock) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.blindIndex = blindIndex;
		this.clock = clock;
	}

	@Override
	public void send(PhoneNumber to, SmsTemplate template, Map<String, String> parameters) {
		this.jdbc.sql("""
				insert into sms_outbox (phone_index, phone_cipher, template, parameters_cipher, created_at)
				values (:phoneIndex, :phoneCipher, :template, :parameters, :now)
				""")
			.param("phoneIndex", this.blindIndex.of(to))
			.param("phoneCipher", this.cipher.encrypt(PiiField.PHONE, to.value()))
			.param("template", template.name())
			.param("parameters", this.cipher.encrypt(PiiField.SMS_PARAMETERS, encode(parameters)))
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		log.info("SMS queued template={} to={}", template, to.masked());
	}

	/** The parameters of the newest message of a template sent to a phone. */
	Optional<Map<String, String>> latest(PhoneNumber to, SmsTemplate template) {
		return this.jdbc.sql("""
				select parameters_cipher from sms_outbox
				where phone_index = :phoneIndex and template = :template
				order by created_at desc, id desc limit 1
				""")
			.param("phoneIndex", this.blindIndex.of(to))
			.param("template", template.name())
			.query(byte[].class)
			.optional()
			.map(stored -> decode(this.cipher.decrypt(PiiField.SMS_PARAMETERS, stored)));
	}

	int deleteCreatedBefore(Instant cutoff) {
		return this.jdbc.sql("delete from sms_outbox where created_at < :cutoff")
			.param("cutoff", cutoff.atOffset(ZoneOffset.UTC))
			.update();
	}

	// parameters are template placeholders (letters) and short values without separators
	private static String encode(Map<String, String> parameters) {
		StringBuilder text = new StringBuilder();
		parameters.forEach((name, value) -> text.append(name).append('=').append(value).append('\n'));
		return text.toString();
	}

	private static Map<String, String> decode(String text) {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String line : text.split("\n")) {
			int eq = line.indexOf('=');
			if (eq > 0) {
				parameters.put(line.substring(0, eq), line.substring(eq + 1));
			}
		}
		return parameters;
	}

}
