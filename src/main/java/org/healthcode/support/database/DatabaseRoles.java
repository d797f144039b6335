package org.healthcode.support.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two roles of the embedded cluster, made (or brought up to date) by the superuser at
 * every start before the migrations run: {@value ClusterLogins#OWNER} owns the schema and
 * everything in it (objects an earlier version made as {@code postgres} are handed over),
 * {@value ClusterLogins#APP} may log in and nothing more until the migration
 * {@code V13_1} grants it rows. The superuser's connection is closed afterwards; the
 * application never holds one.
 */
final class DatabaseRoles {

	private static final Logger log = LoggerFactory.getLogger(DatabaseRoles.class);

	private static final String HAND_OVER = """
			do $$
			declare
			    item record;
			begin
			    for item in
			        select c.oid::regclass as name from pg_class c
			        join pg_namespace n on n.oid = c.relnamespace
			        where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'f')
			          and c.relowner <> 'healthcode_owner'::regrole
			    loop
			        execute format('alter table %s owner to healthcode_owner', item.name);
			    end loop;
			    for item in
			        select c.oid::regclass as name from pg_class c
			        join pg_namespace n on n.oid = c.relnamespace
			        where n.nspname = 'public' and c.relkind = 'S'
			          and c.relowner <> 'healthcode_owner'::regrole
			          and not exists (select from pg_depend d where d.objid = c.oid and d.deptype in ('a', 'i'))
			    loop
			        execute format('alter sequence %s owner to healthcode_owner', item.name);
			    end loop;
			    for item in
			        select p.oid::regprocedure as name from pg_proc p
			        join pg_namespace n on n.oid = p.pronamespace
			        where n.nspname = 'public' and p.proowner <> 'healthcode_owner'::regrole
			    loop
			        execute format('alter routine %s owner to healthcode_owner', item.name);
			    end loop;
			end
			$$""";

	private DatabaseRoles() {
	}

	static void ensure(EmbeddedCluster cluster) {
		ClusterLogins logins = cluster.logins();
		PGSimpleDataSource superuser = new PGSimpleDataSource();
		superuser.setUrl(cluster.jdbcUrl("postgres"));
		superuser.setUser(ClusterLogins.SUPERUSER);
		superuser.setPassword(logins.superuser());
		try (Connection connection = superuser.getConnection(); Statement sql = connection.createStatement()) {
			ensureRole(sql, ClusterLogins.OWNER, logins.owner());
			ensureRole(sql, ClusterLogins.APP, logins.app());
			sql.execute("grant usage, create on schema public to " + ClusterLogins.OWNER);
			sql.execute("revoke create on schema public from public");
			sql.execute("grant connect on database postgres to " + ClusterLogins.APP);
			sql.execute(HAND_OVER);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not set up the database roles of the embedded cluster in "
					+ cluster.dir() + ": " + ex.getMessage(), ex);
		}
	}

	private static void ensureRole(Statement sql, String role, String password) throws SQLException {
		// the generated passwords are URL-safe base64 (ClusterLogins): nothing to escape
		sql.execute("""
				do $$
				begin
				    if not exists (select from pg_roles where rolname = '%1$s') then
				        create role %1$s login;
				    end if;
				end
				$$""".formatted(role));
		sql.execute("alter role " + role + " with login nosuperuser nocreatedb nocreaterole noreplication "
				+ "nobypassrls password '" + password + "'");
		log.debug("Database role {} ready", role);
	}

}
