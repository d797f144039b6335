package org.healthcode.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs pgbench with single-row INSERTs of a check-in row into the {@code checkin} table.
 */
final class Pgbench {

	private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

	private Pgbench() {
	}

	static double insertTps(int port, int clients, int seconds, int persons, int venues, Path work) throws Exception {
		Path script = work.resolve("checkin-insert.sql");
		Files.writeString(script,
				"""
						\\set v random(1, %d)
						\\set p random(1, %d)
						insert into checkin (venue_id, at, person_id, made_by_account, as_companion, channel, color) values (:v, now(), :p, :p, false, 'APP', 'GREEN');
						"""
					.formatted(venues, persons));
		String output = ExternalCommand.run(
				List.of("pgbench", "-n", "-c", String.valueOf(clients), "-j", "2", "-T", String.valueOf(seconds), "-f",
						script.toString(), "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "postgres", "postgres"),
				seconds + 60L);
		Matcher matcher = TPS.matcher(output);
		if (!matcher.find()) {
			throw new IllegalStateException("No tps in pgbench output:\n" + output);
		}
		return Double.parseDouble(matcher.group(1));
	}

}
