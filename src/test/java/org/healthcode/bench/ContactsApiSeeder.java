package org.healthcode.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.healthcode.identity.BlindIndex;
import org.healthcode.identity.PiiCipher;
import org.healthcode.identity.PiiField;
import org.healthcode.venue.ApplyVenueRequest;
import org.healthcode.venue.VenueService;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The persons and venues behind the generated check-ins, real enough for the tracing API:
 * persons 1..n with names and ID numbers encrypted by the application's {@link PiiCipher}
 * (ten distinct ciphertexts reused — the cipher binds only the field, so each decrypts;
 * the blind index of these filler persons is a unique 9-byte value no real HMAC has), the
 * cases with their own ID number, blind index and name; venues: one per category applied
 * through the venue service, cloned in SQL to ids 1..n with their category.
 */
final class ContactsApiSeeder {

	private static final String[] SUBTYPES = { "LIBRARY", "HOTEL", "TRANSPORT_STATION", "COLD_CHAIN_STORAGE_TRANSPORT",
			"RESIDENTIAL_COMMUNITY", "OTHER_COMMERCIAL_SERVICE" };

	private static final String[] CATEGORIES = { "PUBLIC_SERVICE", "CATERING_LODGING_RETAIL", "ENTERPRISE_TRANSPORT",
			"COLD_CHAIN_LOGISTICS", "COMMUNITY_CONSTRUCTION", "OTHER_CROWDED" };

	private ContactsApiSeeder() {
	}

	/** Seeds persons and venues; returns the cases' ID numbers, case c at index c. */
	static String[] seed(ConfigurableApplicationContext context, int persons, int venues, long caseBase, int cases)
			throws Exception {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		PiiCipher cipher = context.getBean(PiiCipher.class);
		BlindIndex index = context.getBean(BlindIndex.class);
		Instant now = Instant.now();
		jdbc.execute("create table bench_person_template (k int primary key, name bytea, id_number bytea)");
		List<Object[]> templates = new ArrayList<>();
		for (int k = 0; k < 10; k++) {
			templates.add(new Object[] { k, cipher.encrypt(PiiField.NAME, "测试" + "甲乙丙丁戊己庚辛壬癸".charAt(k)),
					cipher.encrypt(PiiField.ID_NUMBER, BenchmarkSeeder.idNumber(k)) });
		}
		jdbc.batchUpdate("insert into bench_person_template (k, name, id_number) values (?, ?, ?)", templates);
		jdbc.update("""
				insert into person (id, id_number_index, id_number_cipher, name_cipher, public_ref, created_at)
				overriding system value
				select g, '\\x00'::bytea || int8send(g), t.id_number, t.name, 'bench' || g, ?
				from generate_series(1, ?::bigint) as g join bench_person_template t on t.k = g % 10
				""", now.atOffset(ZoneOffset.UTC), (long) persons);
		jdbc.execute("drop table bench_person_template");
		String[] idNumbers = new String[cases];
		for (int c = 0; c < cases; c++) {
			idNumbers[c] = BenchmarkSeeder.idNumber(persons + c);
			jdbc.update("""
					insert into person (id, id_number_index, id_number_cipher, name_cipher, public_ref, created_at)
					overriding system value values (?, ?, ?, ?, ?, ?)
					""", caseBase + c, index.of(PiiField.ID_NUMBER, idNumbers[c]),
					cipher.encrypt(PiiField.ID_NUMBER, idNumbers[c]), cipher.encrypt(PiiField.NAME, "病例" + c),
					"benchcase" + c, now.atOffset(ZoneOffset.UTC));
		}
		jdbc.execute("select setval(pg_get_serial_sequence('person', 'id'), (select max(id) from person))");

		VenueService venueService = context.getBean(VenueService.class);
		for (int k = 0; k < SUBTYPES.length; k++) {
			venueService.apply(k + 1L,
					new ApplyVenueRequest("基准测试场所" + k, CATEGORIES[k], SUBTYPES[k], "370102", "泉城路 " + k + " 号", null,
							new ApplyVenueRequest.Manager("测试甲", BenchmarkSeeder.phone(k), BenchmarkSeeder.idNumber(k)),
							Boolean.TRUE));
		}
		// venue v gets the category of template 1 + v % 6, as the SQL benchmark's windows
		jdbc.update("""
				insert into venue (id, name, category, subtype, division_code, address, duplicate_key,
				                   manager_account_id, manager_name_cipher, manager_phone_cipher, manager_phone_index,
				                   manager_id_number_cipher, manager_id_number_index, status, token_version, token,
				                   created_at, updated_at, token_issued_at)
				select g, '基准测试场所' || g, t.category, t.subtype, t.division_code, '泉城路 ' || g || ' 号',
				       t.duplicate_key || g, t.manager_account_id, t.manager_name_cipher, t.manager_phone_cipher,
				       t.manager_phone_index, t.manager_id_number_cipher, t.manager_id_number_index, t.status,
				       t.token_version, t.token, t.created_at, t.updated_at, t.token_issued_at
				from generate_series(?::bigint, ?::bigint) as g join venue t on t.id = 1 + g % 6
				""", (long) SUBTYPES.length + 1, (long) venues);
		jdbc.execute("select setval(pg_get_serial_sequence('venue', 'id'), (select max(id) from venue))");
		jdbc.execute("analyze person");
		jdbc.execute("analyze venue");
		return idNumbers;
	}

}
