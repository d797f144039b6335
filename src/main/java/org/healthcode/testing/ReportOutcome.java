package org.healthcode.testing;

import java.util.List;

/**
 * What a lab's report did: tubes that got their result now, tubes that had the same
 * result already, codes no site opened, and tubes whose report could not be taken.
 */
public record ReportOutcome(int accepted, int duplicates, List<String> unknownTubes, List<Conflict> conflicts) {

	/**
	 * @param code {@code TUBE_OPEN} (still being filled) or {@code RESULT_DIFFERS}
	 * (another result was reported before, or in the same report)
	 */
	public record Conflict(String tubeCode, String code) {
	}

}
