package org.healthcode.venue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.healthcode.identity.Masking;

/**
 * An application for a venue code (场所码申请). Shapes and lengths are checked here; whether
 * the category, subtype, division and the manager's name, phone and ID number are valid
 * is checked by {@link VenueService}, which answers with a specific problem code for
 * each.
 *
 * @param name the venue's name as printed on its poster, plain text
 * @param category a {@link VenueCategory} name
 * @param subtype a {@link VenueSubtype} name of that category
 * @param divisionCode GB/T 2260 code of the county-level division
 * @param address street address within the division
 * @param location optional map point
 * @param manager the person responsible for the venue
 * @param confirmDuplicate true to register although a venue with the same name, address
 * and division exists
 */
public record ApplyVenueRequest(
		@NotBlank(message = REQUIRED) @Size(max = 50, message = TOO_LONG) @Pattern(regexp = NO_CONTROL_CHARACTERS,
				message = CONTROL) String name,
		@NotBlank(message = REQUIRED) @Size(max = 40, message = TOO_LONG) String category,
		@NotBlank(message = REQUIRED) @Size(max = 40, message = TOO_LONG) String subtype,
		@NotBlank(message = REQUIRED) @Pattern(regexp = "\\d{6}", message = DIVISION) String divisionCode,
		@NotBlank(message = REQUIRED) @Size(max = 120, message = TOO_LONG) @Pattern(regexp = NO_CONTROL_CHARACTERS,
				message = CONTROL) String address,
		@Valid Location location, @NotNull(message = REQUIRED) @Valid Manager manager, Boolean confirmDuplicate) {

	static final String REQUIRED = "{venue.validation.required}";

	static final String TOO_LONG = "{venue.validation.tooLong}";

	static final String CONTROL = "{venue.validation.control}";

	static final String DIVISION = "{venue.validation.division}";

	static final String NO_CONTROL_CHARACTERS = "[^\\p{Cntrl}]*";

	boolean duplicateConfirmed() {
		return Boolean.TRUE.equals(this.confirmDuplicate);
	}

	/** A point on the map (WGS-84 degrees); both coordinates or no location at all. */
	public record Location(
			@NotNull(message = PAIR) @DecimalMin(value = "-90", message = LATITUDE) @DecimalMax(value = "90",
					message = LATITUDE) Double lat,
			@NotNull(message = PAIR) @DecimalMin(value = "-180", message = LONGITUDE) @DecimalMax(value = "180",
					message = LONGITUDE) Double lng) {

		static final String PAIR = "{venue.validation.coordinatePair}";

		static final String LATITUDE = "{venue.validation.latitude}";

		static final String LONGITUDE = "{venue.validation.longitude}";

	}

	/** The venue's manager; validated as real-name data and stored encrypted. */
	public record Manager(@NotBlank(message = REQUIRED) @Size(max = 30, message = TOO_LONG) String name,
			@NotBlank(message = REQUIRED) @Size(max = 20, message = TOO_LONG) String phone,
			@NotBlank(message = REQUIRED) @Size(max = 20, message = TOO_LONG) String idNumber) {

		@Override
		public String toString() {
			return "Manager[name=" + Masking.name(this.name) + ", phone=" + Masking.phone(this.phone) + ", idNumber="
					+ Masking.idNumber(this.idNumber) + "]";
		}

	}

}
