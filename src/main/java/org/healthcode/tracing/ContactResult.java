package org.healthcode.tracing;

import java.time.Instant;
import java.util.List;

/**
 * The contacts of a case in {@code [from, to)}: one entry per contact person (first
 * degree first, then by longest overlap), each with its encounters.
 *
 * @param windowMinutes the override the request gave, or null when each venue's own
 * window applied
 * @param caseCheckIns how many check-ins of the case were probed
 * @param encounterCount encounters over all contacts (what the size cap counts)
 */
public record ContactResult(PersonRef caseRef, Instant from, Instant to, Integer windowMinutes, boolean secondDegree,
		int caseCheckIns, int encounterCount, List<Contact> contacts) {
}
