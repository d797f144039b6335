package org.healthcode.companion;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CompanionRepository {

	private final JdbcClient jdbc;

	CompanionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CompanionRow> ofOwner(long ownerAccount) {
		return this.jdbc.sql("""
				select id, owner_account, person_id, relation, with_me from companion
				where owner_account = :owner order by id
				""").param("owner", ownerAccount).query(CompanionRow.class).list();
	}

	/** The companions marked "with me" of many residents, in one query. */
	List<CompanionRow> withMeOf(Collection<Long> ownerAccounts) {
		return this.jdbc.sql("""
				select id, owner_account, person_id, relation, with_me from companion
				where owner_account = any(:owners::bigint[]) and with_me order by id
				""").param("owners", ownerAccounts.toArray(Long[]::new)).query(CompanionRow.class).list();
	}

	/** Who registered each of these persons as a companion, the earliest first. */
	List<CompanionRow> ofPersons(Collection<Long> personIds) {
		return this.jdbc.sql("""
				select id, owner_account, person_id, relation, with_me from companion
				where person_id = any(:persons::bigint[]) order by created_at, id
				""").param("persons", personIds.toArray(Long[]::new)).query(CompanionRow.class).list();
	}

	Optional<CompanionRow> find(long ownerAccount, long id) {
		return this.jdbc.sql("""
				select id, owner_account, person_id, relation, with_me from companion
				where owner_account = :owner and id = :id
				""").param("owner", ownerAccount).param("id", id).query(CompanionRow.class).optional();
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

	long insert(long ownerAccount, long personId, Relation relation, Instant now) {
		return this.jdbc.sql("""
				insert into companion (owner_account, person_id, relation, with_me, created_at)
				values (:owner, :person, :relation, true, :now)
				returning id
				""")
			.param("owner", ownerAccount)
			.param("person", personId)
			.param("relation", relation.name())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	boolean delete(long ownerAccount, long id) {
		return this.jdbc.sql("delete from companion where owner_account = :owner and id = :id")
			.param("owner", ownerAccount)
			.param("id", id)
			.update() == 1;
	}

	boolean setWithMe(long ownerAccount, long id, boolean withMe) {
		return this.jdbc.sql("update companion set with_me = :withMe where owner_account = :owner and id = :id")
			.param("owner", ownerAccount)
			.param("id", id)
			.param("withMe", withMe)
			.update() == 1;
	}

	record CompanionRow(long id, long ownerAccount, long personId, String relation, boolean withMe) {
	}

}
