package org.healthcode.testing;

import java.time.Instant;
import java.util.List;

/**
 * Tubes got their result now (each tube once: a duplicate report publishes nothing).
 * Carries ids only; listeners read who was in them through {@link ReportedSamples}.
 */
public record TubesReported(List<Long> tubeIds, Instant at) {

	public TubesReported {
		tubeIds = List.copyOf(tubeIds);
	}

}
