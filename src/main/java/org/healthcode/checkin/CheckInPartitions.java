package org.healthcode.checkin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Daily partitions of {@code checkin}: {@code checkin_pYYYYMMDD} holds [day 00:00 UTC,
 * next day). The DDL itself lives in two database functions (migration {@code V10_5}):
 * {@code checkin_ensure_partition(day)} and {@code checkin_drop_partitions_before(day)}.
 * They serialise on one advisory lock, look before they act and tolerate what another
 * node did meanwhile, so nodes starting or running retention together never fail on
 * "relation already exists"; they run with the migration owner's rights, so the
 * application's role needs no DDL. Each call is its own short transaction: the lock on
 * {@code checkin} that creating a partition takes is held for one day's partition only.
 */
@Repository
class CheckInPartitions {

	private static final Logger log = LoggerFactory.getLogger(CheckInPartitions.class);

	private static final DateTimeFormatter SUFFIX = DateTimeFormatter.BASIC_ISO_DATE;

	private static final Pattern NAME = Pattern.compile("checkin_p(\\d{8})");

	private final JdbcClient jdbc;

	CheckInPartitions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Creates the partition of each day in [from, to] that does not exist yet. */
	void ensure(LocalDate from, LocalDate to) {
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			ensure(day);
		}
	}

	/** Creates the day's partition unless it exists (made here or by another node). */
	void ensure(LocalDate day) {
		Boolean created = this.jdbc.sql("select checkin_ensure_partition(:day)")
			.param("day", day)
			.query(Boolean.class)
			.single();
		if (Boolean.TRUE.equals(created)) {
			log.info("Created check-in partition of {}", day);
		}
	}

	/** Days that have a partition, oldest first. */
	List<LocalDate> days() {
		return this.jdbc.sql("""
				select c.relname from pg_inherits i
				join pg_class c on c.oid = i.inhrelid
				join pg_class p on p.oid = i.inhparent
				where p.relname = 'checkin'
				order by c.relname
				""")
			.query(String.class)
			.list()
			.stream()
			.map(NAME::matcher)
			.filter(Matcher::matches)
			.map(matcher -> LocalDate.parse(matcher.group(1), SUFFIX))
			.toList();
	}

	/**
	 * Drops every partition whose whole day lies before {@code firstKeptDay}; returns how
	 * many this call dropped (another node may have dropped some first).
	 */
	int dropBefore(LocalDate firstKeptDay) {
		List<LocalDate> dropped = this.jdbc.sql("select checkin_drop_partitions_before(:day)")
			.param("day", firstKeptDay)
			.query(LocalDate.class)
			.list();
		dropped.forEach(day -> log.info("Dropped check-in partition of {} (retention)", day));
		return dropped.size();
	}

	static String nameOf(LocalDate day) {
		return "checkin_p" + day.format(SUFFIX);
	}

}
