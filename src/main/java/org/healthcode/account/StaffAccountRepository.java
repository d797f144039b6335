package org.healthcode.account;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StaffAccountRepository {

	private final JdbcClient jdbc;

	StaffAccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StaffAccount> findByUsername(String username) {
		return this.jdbc.sql("""
				select id, username, password_hash, role, display_name, enabled
				from staff_account where username = :username
				""")
			.param("username", username)
			.query((rs, row) -> new StaffAccount(rs.getLong("id"), rs.getString("username"),
					rs.getString("password_hash"), Role.valueOf(rs.getString("role")), rs.getString("display_name"),
					rs.getBoolean("enabled")))
			.optional();
	}

	Map<Long, String> usernames(Collection<Long> ids) {
		Map<Long, String> names = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		this.jdbc.sql("select id, username from staff_account where id in (:ids)")
			.param("ids", ids)
			.query((rs, row) -> names.put(rs.getLong("id"), rs.getString("username")))
			.list();
		return names;
	}

	boolean existsWithRole(Role role) {
		return this.jdbc.sql("select exists (select 1 from staff_account where role = :role and enabled)")
			.param("role", role.name())
			.query(Boolean.class)
			.single();
	}

	/** Creates the account unless the username is taken; true if created. */
	boolean insertIfAbsent(String username, String passwordHash, Role role, String displayName, Instant now) {
		return insertIfAbsent(username, passwordHash, role, displayName, null, now);
	}

	/** As above, for the staff of a site ({@code siteId} null for others). */
	boolean insertIfAbsent(String username, String passwordHash, Role role, String displayName, Long siteId,
			Instant now) {
		return this.jdbc.sql("""
				insert into staff_account (username, password_hash, role, display_name, site_id, created_at)
				values (:username, :passwordHash, :role, :displayName, :siteId, :now)
				on conflict (username) do nothing
				""")
			.param("username", username)
			.param("passwordHash", passwordHash)
			.param("role", role.name())
			.param("displayName", displayName)
			.param("siteId", siteId)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	record StaffAccount(long id, String username, String passwordHash, Role role, String displayName, boolean enabled) {

		@Override
		public String toString() {
			return "StaffAccount[id=" + this.id + ", role=" + this.role + "]";
		}

	}

}
