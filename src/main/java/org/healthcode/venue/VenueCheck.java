package org.healthcode.venue;

import org.healthcode.support.HealthCodeException;

/**
 * A scanned code checked against its venue: the venue when it takes entries, otherwise
 * why not (unknown, regenerated or suspended).
 */
public record VenueCheck(PublicVenue venue, HealthCodeException refusal) {

	static VenueCheck open(PublicVenue venue) {
		return new VenueCheck(venue, null);
	}

	static VenueCheck refused(HealthCodeException refusal) {
		return new VenueCheck(null, refusal);
	}

	/** The venue, or the refusal thrown. */
	public PublicVenue orThrow() {
		if (this.refusal != null) {
			throw this.refusal;
		}
		return this.venue;
	}

}
