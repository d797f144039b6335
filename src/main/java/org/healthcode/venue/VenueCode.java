package org.healthcode.venue;

/**
 * What a scanned venue token says once its signature is checked: which venue and which
 * generation of its code. Whether that venue still takes entries is a database question,
 * answered by {@link VenueService#check}.
 *
 * @param entranceId the entrance whose code was scanned, null for the venue's own code
 */
public record VenueCode(long venueId, int tokenVersion, Long entranceId) {

	public VenueCode(long venueId, int tokenVersion) {
		this(venueId, tokenVersion, null);
	}

}
