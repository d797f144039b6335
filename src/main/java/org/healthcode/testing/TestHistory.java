package org.healthcode.testing;

import java.util.List;

import org.healthcode.person.PersonId;

import org.springframework.stereotype.Service;

/**
 * A person's tests of the last 30 days for other modules (an official reading an appeal);
 * the caller audits the read.
 */
@Service
public class TestHistory {

	private final NatRecords records;

	TestHistory(NatRecords records) {
		this.records = records;
	}

	/** Newest first. */
	public List<TestRecord> recent(PersonId personId) {
		return this.records.recent(personId);
	}

}
