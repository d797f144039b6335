package org.healthcode.vaccination;

import java.util.List;

/**
 * What a batch of records did: how many doses were stored, how many were known already
 * (the same dose of the same person, from this batch or before), and which records were
 * refused one by one ({@code index} into the batch, a stable {@code code}).
 */
public record RecordOutcome(int accepted, int duplicates, List<Rejected> rejected) {

	public record Rejected(int index, String code) {
	}

}
