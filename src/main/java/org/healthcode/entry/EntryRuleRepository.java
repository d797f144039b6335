package org.healthcode.entry;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.healthcode.health.Color;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code entry_rule} table, one row per venue or division that set a rule. */
@Repository
class EntryRuleRepository {

	private final JdbcClient jdbc;

	EntryRuleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<EntryRule> find(String scope) {
		return rules(List.of(scope)).stream().findFirst();
	}

	/** The rules set for any of the scopes (those without a row are left out). */
	List<EntryRule> rules(Collection<String> scopes) {
		return List.copyOf(byScope(scopes).values());
	}

	/** The rules set for any of the scopes, by scope, in one statement. */
	Map<String, EntryRule> byScope(Collection<String> scopes) {
		Map<String, EntryRule> rules = new HashMap<>();
		this.jdbc.sql("""
				select scope, min_color, nat_within_hours, vaccination from entry_rule
				where scope = any(:scopes::varchar[])
				""")
			.param("scopes", scopes.toArray(String[]::new))
			.query((rs, row) -> Map.entry(rs.getString("scope"),
					new EntryRule(rs.getString("min_color") == null ? null : Color.valueOf(rs.getString("min_color")),
							(Integer) rs.getObject("nat_within_hours", Integer.class),
							rs.getString("vaccination") == null ? null
									: VaccinationLevel.valueOf(rs.getString("vaccination")))))
			.list()
			.forEach(entry -> rules.put(entry.getKey(), entry.getValue()));
		return rules;
	}

	void save(String scope, EntryRule rule, Instant at, long accountId) {
		this.jdbc.sql("""
				insert into entry_rule (scope, min_color, nat_within_hours, vaccination, updated_at, updated_by)
				values (:scope, :minColor, :hours, :vaccination, :at, :by)
				on conflict (scope) do update set min_color = excluded.min_color,
				    nat_within_hours = excluded.nat_within_hours, vaccination = excluded.vaccination,
				    updated_at = excluded.updated_at, updated_by = excluded.updated_by
				""")
			.param("scope", scope)
			.param("minColor", rule.minColor() == null ? null : rule.minColor().name())
			.param("hours", rule.natWithinHours())
			.param("vaccination", rule.vaccination() == null ? null : rule.vaccination().name())
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("by", accountId)
			.update();
	}

}
