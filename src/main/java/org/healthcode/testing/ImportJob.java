package org.healthcode.testing;

import java.util.List;
import java.util.UUID;

/**
 * A lab's file import as the lab follows it.
 *
 * @param state QUEUED, RUNNING or DONE
 * @param total data lines in the file
 * @param processed lines handled so far (bad lines count as handled)
 * @param unknownTubes the first 1,000 codes no site opened
 * @param errors the first 1,000 bad lines with their problem code
 */
public record ImportJob(UUID jobId, String state, int total, int processed, int accepted, int duplicates, int conflicts,
		int unknownTubeCount, List<String> unknownTubes, List<LineError> errors) {

	public record LineError(long line, String code) {
	}

}
