package org.healthcode.testing;

import java.time.Instant;

/**
 * A sampling tube as its site sees it; {@code samples} people are in it so far.
 */
record Tube(long id, String tubeCode, int poolSize, long siteId, TubeState state, int samples, Instant openedAt,
		Instant closedAt) {

	boolean full() {
		return this.samples >= this.poolSize;
	}

}
