package org.healthcode.checkin;

import java.util.List;

import org.healthcode.health.NatSummary;

/**
 * A resident's trip record (行程记录) as its page shows it: whose trips they are, each with
 * their current nucleic-acid test and vaccination (the resident first, then the
 * companions the record holds entries of), and the entries, newest first.
 */
public record TripRecord(List<Person> people, List<TripEntry> trips) {

	/** A person of the record, masked, with what their health code shows now. */
	public record Person(String maskedName, boolean self, NatSummary nat, CheckInResult.Vaccination vaccination) {
	}

}
