package org.healthcode.checkin;

import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * next day). Names are generated here from dates only, never from input, so the DDL below
 * is safe to build.
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

	void ensure(LocalDate day) {
		String sql = "create table if not exists " + nameOf(day) + " partition of checkin for values from ('"
				+ day.atStartOfDay().atOffset(ZoneOffset.UTC) + "') to ('"
				+ day.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC) + "')";
		this.jdbc.sql(sql).update();
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
	 * many.
	 */
	int dropBefore(LocalDate firstKeptDay) {
		int dropped = 0;
		for (LocalDate day : days()) {
			if (day.isBefore(firstKeptDay)) {
				this.jdbc.sql("drop table if exists " + nameOf(day)).update();
				log.info("Dropped check-in partition of {} (retention)", day);
				dropped++;
			}
		}
		return dropped;
	}

	static String nameOf(LocalDate day) {
		return "checkin_p" + day.format(SUFFIX);
	}

}
