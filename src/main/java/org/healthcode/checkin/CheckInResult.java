package org.healthcode.checkin;

import java.time.Instant;
import java.util.List;

import org.healthcode.entry.Outcome;
import org.healthcode.entry.Verdict.Reason;
import org.healthcode.health.Color;
import org.healthcode.health.NatSummary;
import org.healthcode.health.VaccinationState;

/**
 * What the door shows after a scan: the entry, the venue under the holder's personal
 * data, the holder's live health code and each companion's colour, latest nucleic-acid
 * test ({@code nat}, its age from the sampling time) and vaccination, on a blue
 * background.
 *
 * @param repeated true when this scan repeated one within the repeat window and no new
 * entry was made
 * @param background always {@code BLUE}: the colour that says "scanned at a venue just
 * now"
 */
public record CheckInResult(long id, Instant at, boolean repeated, VenueInfo venue, String background, Holder holder,
		List<CompanionEntry> companions) {

	/** Where the entry was made. */
	public record VenueInfo(long id, String name, String address, String divisionName) {
	}

	/**
	 * The scanning resident. {@code access} is what the colour alone says
	 * (绿码通行、黄码限制、红码禁止); {@code verdict} and {@code reasons} are the door's decision under
	 * the venue's entry rule.
	 */
	public record Holder(String maskedName, String maskedIdNumber, Color color, Access access, String token,
			Instant tokenExpiresAt, long refreshSeconds, NatSummary nat, Vaccination vaccination, Outcome verdict,
			List<Reason> reasons) {
	}

	public record CompanionEntry(long id, String maskedName, String maskedIdNumber, Color color, Access access,
			NatSummary nat, Vaccination vaccination, Outcome verdict, List<Reason> reasons) {
	}

	/**
	 * The vaccination state and how many doses are on record, as the health code says.
	 */
	public record Vaccination(VaccinationState state, int doses) {
	}

	public enum Access {

		PASS, RESTRICTED, REFUSED;

		public static Access of(Color color) {
			return switch (color) {
				case GREEN -> PASS;
				case YELLOW -> RESTRICTED;
				case RED -> REFUSED;
			};
		}

	}

}
