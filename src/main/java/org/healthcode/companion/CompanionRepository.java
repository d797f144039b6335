package org.healthcode.companion;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Companion entries. "Current" entries are those not removed; removed ones only lend
 * their names to entries made with them, until they are purged.
 */
@Repository
class CompanionRepository {

	private static final String COLUMNS = """
			id, owner_account, person_id, relation, with_me, name_cipher, link_state, created_at,
			removed_at is not null as removed
			""";

	private final JdbcClient jdbc;

	CompanionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CompanionRow> ofOwner(long ownerAccount) {
		return this.jdbc.sql("select " + COLUMNS + """
				from companion where owner_account = :owner and removed_at is null order by id
				""").param("owner", ownerAccount).query(CompanionRepository::map).list();
	}

	/** The current entries of many residents, in one query. */
	List<CompanionRow> ofOwners(Collection<Long> ownerAccounts) {
		return this.jdbc.sql("select " + COLUMNS + """
				from companion where owner_account = any(:owners::bigint[]) and removed_at is null order by id
				""").param("owners", ownerAccounts.toArray(Long[]::new)).query(CompanionRepository::map).list();
	}

	/** Who registered each of these persons as a companion, the earliest first. */
	/**
	 * The entries residents made for these persons that they may bring (not awaiting or
	 * declined), removed ones included: who brought them along. Oldest first.
	 */
	List<CompanionRow> ofPersons(Collection<Long> personIds) {
		return this.jdbc.sql("select " + COLUMNS + """
				from companion where person_id = any(:persons::bigint[]) and link_state in ('NONE', 'ACCEPTED')
				order by created_at, id
				""").param("persons", personIds.toArray(Long[]::new)).query(CompanionRepository::map).list();
	}

	Optional<CompanionRow> find(long ownerAccount, long id) {
		return this.jdbc.sql("select " + COLUMNS + """
				from companion where owner_account = :owner and id = :id and removed_at is null
				""").param("owner", ownerAccount).param("id", id).query(CompanionRepository::map).optional();
	}

	/** The resident's entry for a person, removed or not. */
	Optional<CompanionRow> findAny(long ownerAccount, long personId) {
		return this.jdbc.sql("select " + COLUMNS + """
				from companion where owner_account = :owner and person_id = :person
				""").param("owner", ownerAccount).param("person", personId).query(CompanionRepository::map).optional();
	}

	/** The current entries others made for a person, in the given link states. */
	List<CompanionRow> ofPerson(long personId, Set<LinkState> states) {
		return this.jdbc.sql("select " + COLUMNS + """
				from companion where person_id = :person and removed_at is null
				and link_state = any(:states::varchar[]) order by created_at desc, id desc
				""")
			.param("person", personId)
			.param("states", states.stream().map(Enum::name).toArray(String[]::new))
			.query(CompanionRepository::map)
			.list();
	}

	/**
	 * Serialises changes to one resident's companions, so the limit holds under
	 * concurrent adds.
	 */
	void lockOwner(long ownerAccount) {
		this.jdbc.sql("select pg_advisory_xact_lock(8675309, :owner::int)")
			.param("owner", (int) ownerAccount)
			.query(Object.class)
			.single();
	}

	long insert(long ownerAccount, long personId, Relation relation, byte[] nameCipher, LinkState state, Instant now) {
		return this.jdbc.sql("""
				insert into companion (owner_account, person_id, relation, with_me, name_cipher, link_state, created_at)
				values (:owner, :person, :relation, true, :name, :state, :now)
				returning id
				""")
			.param("owner", ownerAccount)
			.param("person", personId)
			.param("relation", relation.name())
			.param("name", nameCipher)
			.param("state", state.name())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	/** A removed entry made current again, as if new (its id is kept). */
	void restore(long id, Relation relation, byte[] nameCipher, LinkState state, Instant now) {
		this.jdbc.sql("""
				update companion set relation = :relation, name_cipher = :name, link_state = :state, with_me = true,
				removed_at = null, created_at = :now where id = :id
				""")
			.param("id", id)
			.param("relation", relation.name())
			.param("name", nameCipher)
			.param("state", state.name())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
	}

	boolean remove(long ownerAccount, long id, Instant now) {
		return this.jdbc.sql("""
				update companion set removed_at = :now, with_me = false
				where owner_account = :owner and id = :id and removed_at is null
				""")
			.param("owner", ownerAccount)
			.param("id", id)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	boolean setWithMe(long ownerAccount, long id, boolean withMe) {
		return this.jdbc.sql("""
				update companion set with_me = :withMe
				where owner_account = :owner and id = :id and removed_at is null
				""").param("owner", ownerAccount).param("id", id).param("withMe", withMe).update() == 1;
	}

	/**
	 * The person's answer to an entry made for them; false unless the entry is current,
	 * theirs and in one of the {@code from} states.
	 */
	boolean decide(long id, long personId, Set<LinkState> from, LinkState to, Instant now) {
		return this.jdbc.sql("""
				update companion set link_state = :to, decided_at = :now
				where id = :id and person_id = :person and removed_at is null and link_state = any(:from::varchar[])
				""")
			.param("id", id)
			.param("person", personId)
			.param("from", from.stream().map(Enum::name).toArray(String[]::new))
			.param("to", to.name())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	/**
	 * Every current entry for the person in one of these states must be confirmed again.
	 */
	int requireConfirmation(long personId, Set<LinkState> from) {
		return this.jdbc.sql("""
				update companion set link_state = 'PENDING', decided_at = null
				where person_id = :person and removed_at is null and link_state = any(:from::varchar[])
				""")
			.param("person", personId)
			.param("from", from.stream().map(Enum::name).toArray(String[]::new))
			.update();
	}

	/** The names residents gave these persons, removed entries included. */
	List<GivenName> namesGiven(Collection<Long> personIds) {
		return this.jdbc.sql("""
				select owner_account, person_id, name_cipher from companion
				where person_id = any(:persons::bigint[]) and name_cipher is not null
				order by created_at desc, id desc
				""").param("persons", personIds.toArray(Long[]::new)).query(GivenName.class).list();
	}

	/** The names one resident gave these persons, removed entries included. */
	List<GivenName> namesGivenBy(long ownerAccount, Collection<Long> personIds) {
		return this.jdbc.sql("""
				select owner_account, person_id, name_cipher from companion
				where owner_account = :owner and person_id = any(:persons::bigint[]) and name_cipher is not null
				""")
			.param("owner", ownerAccount)
			.param("persons", personIds.toArray(Long[]::new))
			.query(GivenName.class)
			.list();
	}

	int purgeRemovedBefore(Instant before) {
		return this.jdbc.sql("delete from companion where removed_at < :before")
			.param("before", before.atOffset(ZoneOffset.UTC))
			.update();
	}

	private static CompanionRow map(ResultSet rs, int row) throws SQLException {
		return new CompanionRow(rs.getLong("id"), rs.getLong("owner_account"), rs.getLong("person_id"),
				Relation.valueOf(rs.getString("relation")), rs.getBoolean("with_me"), rs.getBytes("name_cipher"),
				LinkState.valueOf(rs.getString("link_state")),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getBoolean("removed"));
	}

	/**
	 * @param nameCipher the name the resident typed; null only for entries made before V8
	 */
	record CompanionRow(long id, long ownerAccount, long personId, Relation relation, boolean withMe, byte[] nameCipher,
			LinkState link, Instant createdAt, boolean removed) {
	}

	record GivenName(long ownerAccount, long personId, byte[] nameCipher) {
	}

}
