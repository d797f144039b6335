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
 * An application for a venue code (场所码申请). Shapes and lengths are checked here; whether the
 * category, subtype, division and the manager's name, phone and ID number are valid is checked by
 * {@link VenueService}, which answers with a specific problem code for each.
 *
 * @param name the venue's name as printed on its poster, plain text
 * @param category a {@link VenueCategory} name
 * @param subtype a {@link VenueSubtype} name of that category
 * @param divisionCode GB/T 2260 code of the county-level division
 * @param address street address within the division
 * @param location optional map point
 * @param manager the person responsible for the venue
 * @param confirmDuplicate true to register although a venue with the same name, address and division
 * exists
 */
public record ApplyVenueRequest(@NotBlank @Size(max = 50) @Pattern(regexp = NO_CONTROL_CHARACTERS) String name,
		@NotBlank @Size(max = 40) String category, @NotBlank @Size(max = 40) String subtype,
		@NotBlank @Pattern(regexp = "\\d{6}") String divisionCode,
		@NotBlank @Size(max = 120) @Pattern(regexp = NO_CONTROL_CHARACTERS) String address, @Valid Location location,
		@NotNull @Valid Manager manager, Boolean confirmDuplicate) {

	static final String NO_CONTROL_CHARACTERS = "[^\\p{Cntrl}]*";

	boolean duplicateConfirmed() {
		return Boolean.TRUE.equals(this.confirmDuplicate);
	}

	/** A point on the map (WGS-84 degrees); both coordinates or no location at all. */
	public record Location(@NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
			@NotNull @DecimalMin("-180") @DecimalMax("180") Double lng) {
	}

	/** The venue's manager; validated as real-name data and stored encrypted. */
	public record Manager(@NotBlank @Size(max = 30) String name, @NotBlank @Size(max = 20) String phone,
			@NotBlank @Size(max = 20) String idNumber) {

		@Override
		public String toString() {
			return "Manager[name=" + Masking.name(this.name) + ", phone=" + Masking.phone(this.phone) + ", idNumber="
					+ Masking.idNumber(this.idNumber) + "]";
		}

	}

}
