package org.healthcode.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.healthcode.account.AccessTokenService;
import org.healthcode.account.AccountPrincipal;
import org.healthcode.account.Role;
import org.healthcode.identity.BlindIndex;
import org.healthcode.identity.PiiCipher;
import org.healthcode.identity.PiiField;
import org.healthcode.venue.ApplyVenueRequest;
import org.healthcode.venue.VenueService;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds a benchmark database: residents with accounts and real-name profiles written in
 * bulk (with the application's own encryption and blind index), venues applied for
 * through the venue service (so their codes are genuine), and an access token per
 * resident.
 */
final class BenchmarkSeeder {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	private static final int MANAGERS_PER_20_VENUES = 20;

	private BenchmarkSeeder() {
	}

	static CheckInBenchmark.Seed seed(ConfigurableApplicationContext context, int residents, int venues)
			throws Exception {
		return seed(context, residents, venues, residents);
	}

	/** As above, with access tokens for the first {@code signedIn} residents only. */
	static CheckInBenchmark.Seed seed(ConfigurableApplicationContext context, int residents, int venues, int signedIn)
			throws Exception {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		PiiCipher cipher = context.getBean(PiiCipher.class);
		BlindIndex index = context.getBean(BlindIndex.class);
		AccessTokenService tokens = context.getBean(AccessTokenService.class);
		VenueService venueService = context.getBean(VenueService.class);
		Instant now = Instant.now();

		long[] accountIds = new long[residents];
		int chunk = 2000;
		for (int from = 0; from < residents; from += chunk) {
			int to = Math.min(residents, from + chunk);
			List<Object[]> accounts = new ArrayList<>();
			for (int i = from; i < to; i++) {
				String phone = phone(i);
				accounts.add(new Object[] { index.of(PiiField.PHONE, phone), cipher.encrypt(PiiField.PHONE, phone),
						now.atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC) });
			}
			jdbc.batchUpdate(
					"insert into resident_account (phone_index, phone_cipher, created_at, last_login_at) values (?, ?, ?, ?)",
					accounts);
		}
		List<Long> ids = jdbc.queryForList("select id from resident_account order by id", Long.class);
		for (int i = 0; i < residents; i++) {
			accountIds[i] = ids.get(i);
		}
		for (int from = 0; from < residents; from += chunk) {
			int to = Math.min(residents, from + chunk);
			List<Object[]> persons = new ArrayList<>();
			for (int i = from; i < to; i++) {
				String idNumber = idNumber(i);
				persons.add(new Object[] { index.of(PiiField.ID_NUMBER, idNumber),
						cipher.encrypt(PiiField.ID_NUMBER, idNumber),
						cipher.encrypt(PiiField.NAME, "测试" + "甲乙丙丁戊己庚辛壬癸".charAt(i % 10)), accountIds[i], "bench" + i,
						now.atOffset(ZoneOffset.UTC) });
			}
			jdbc.batchUpdate(
					"insert into person (id_number_index, id_number_cipher, name_cipher, account_id, public_ref, created_at) "
							+ "values (?, ?, ?, ?, ?, ?)",
					persons);
		}

		String[] venueTokens = new String[venues];
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<?>> work = new ArrayList<>();
		int perTask = 500;
		for (int from = 0; from < venues; from += perTask) {
			int start = from;
			int end = Math.min(venues, from + perTask);
			work.add(pool.submit(() -> {
				for (int v = start; v < end; v++) {
					long manager = accountIds[v / MANAGERS_PER_20_VENUES % residents];
					ApplyVenueRequest request = new ApplyVenueRequest("基准测试场所" + v, "CATERING_LODGING_RETAIL",
							"CATERING", "370102", "泉城路 " + v + " 号", null,
							new ApplyVenueRequest.Manager("测试甲", phone(v), idNumber(v)), Boolean.TRUE);
					venueTokens[v] = venueService.apply(manager, request).token();
				}
				return null;
			}));
		}
		for (Future<?> task : work) {
			task.get();
		}
		pool.shutdown();

		String[] accessTokens = new String[Math.min(signedIn, residents)];
		for (int i = 0; i < accessTokens.length; i++) {
			accessTokens[i] = tokens.issue(new AccountPrincipal(Role.RESIDENT, accountIds[i], "")).accessToken();
		}
		jdbc.execute("analyze");
		return new CheckInBenchmark.Seed(accessTokens, venueTokens);
	}

	static String phone(int i) {
		return "13" + String.format("%09d", i);
	}

	static String idNumber(int i) {
		LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(i / 1000);
		String first17 = "370102" + birth.toString().replace("-", "") + String.format("%03d", i % 1000);
		int sum = 0;
		for (int k = 0; k < 17; k++) {
			sum += (first17.charAt(k) - '0') * WEIGHTS[k];
		}
		return first17 + CHECK[sum % 11];
	}

}
