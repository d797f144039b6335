package org.healthcode.account;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StaffSiteRepository {

	private final JdbcClient jdbc;

	StaffSiteRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The site with this name in this division, created on first use. */
	StaffSite findOrCreate(String name, String divisionCode, Instant now) {
		this.jdbc.sql("""
				insert into staff_site (name, division_code, created_at) values (:name, :division, :now)
				on conflict (division_code, name) do nothing
				""")
			.param("name", name)
			.param("division", divisionCode)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
		return this.jdbc
			.sql("select id, name, division_code from staff_site where division_code = :division and name = :name")
			.param("name", name)
			.param("division", divisionCode)
			.query((rs, row) -> new StaffSite(rs.getLong("id"), rs.getString("name"), rs.getString("division_code")))
			.single();
	}

	Optional<StaffSite> ofAccount(long accountId) {
		return this.jdbc.sql("""
				select s.id, s.name, s.division_code from staff_account a join staff_site s on s.id = a.site_id
				where a.id = :account
				""")
			.param("account", accountId)
			.query((rs, row) -> new StaffSite(rs.getLong("id"), rs.getString("name"), rs.getString("division_code")))
			.optional();
	}

}
