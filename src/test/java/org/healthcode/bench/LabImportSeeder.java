package org.healthcode.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Seeds the lab import benchmark in bulk SQL: the persons sampled (those with an account
 * first, written by {@link BenchmarkSeeder} with the app's own encryption; the rest
 * without an account, straight into {@code person}), their closed ten-person tubes and
 * the samples. The sampling is not what is measured: the results import is.
 */
final class LabImportSeeder {

	static final int POOL = 10;

	private LabImportSeeder() {
	}

	/**
	 * {@code withAccounts} residents (their tubes come first) and then as many persons
	 * without an account as make {@code tubes} full tubes; the tubes belong to the
	 * sampler's site. Returns the residents' access tokens.
	 */
	static String[] seed(ConfigurableApplicationContext context, int withAccounts, int tubes, String sampler)
			throws Exception {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		String[] tokens = BenchmarkSeeder.seed(context, withAccounts, 0).accessTokens();
		Instant sampledAt = Instant.now().minusSeconds(3 * 3600);
		int others = tubes * POOL - withAccounts;
		// index and cipher are random bytes of the real lengths' order: never looked up
		jdbc.sql("""
				insert into person (id_number_index, id_number_cipher, name_cipher, public_ref, created_at)
				select sha256(('lab-bench-' || i)::bytea), sha256(('cipher-' || i)::bytea), null, 'lb' || i, :at
				from generate_series(1, :n) as i
				""").param("n", others).param("at", sampledAt.atOffset(ZoneOffset.UTC)).update();
		List<Long> staff = jdbc.sql("select id, site_id from staff_account where username = :u")
			.param("u", sampler)
			.query((rs, row) -> List.of(rs.getLong("id"), rs.getLong("site_id")))
			.single();
		jdbc.sql("""
				insert into nat_tube (tube_code, pool_size, site_id, state, samples, opened_by, opened_at, closed_at)
				select 'LB' || lpad(i::text, 7, '0'), :pool, :site, 'SAMPLED', :pool, :sampler, :at, :at
				from generate_series(1, :tubes) as i
				""")
			.param("pool", POOL)
			.param("site", staff.get(1))
			.param("sampler", staff.get(0))
			.param("at", sampledAt.atOffset(ZoneOffset.UTC))
			.param("tubes", tubes)
			.update();
		// the n-th person (by id) goes into the (n / 10)-th tube (by code)
		jdbc.sql("""
				insert into nat_sample (tube_id, person_id, position, sampled_at, taken_by)
				select t.id, p.id, p.rn % :pool + 1, :at, :sampler
				from (select id, row_number() over (order by id) - 1 as rn from person) p
				join (select id, row_number() over (order by tube_code) - 1 as rn from nat_tube) t
				  on t.rn = p.rn / :pool
				""")
			.param("pool", POOL)
			.param("at", sampledAt.atOffset(ZoneOffset.UTC))
			.param("sampler", staff.get(0))
			.update();
		return tokens;
	}

	static String tubeCode(int index) {
		return String.format("LB%07d", index + 1);
	}

}
