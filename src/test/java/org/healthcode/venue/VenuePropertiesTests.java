package org.healthcode.venue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VenuePropertiesTests {

	@Test
	void contactWindowsDefaultByCategoryWithSubtypeExceptions() {
		VenueProperties defaults = new VenueProperties(20, Map.of());

		assertThat(defaults.contactWindowOf(VenueSubtype.CATERING)).isEqualTo(120);
		assertThat(defaults.contactWindowOf(VenueSubtype.SUPERMARKET)).isEqualTo(60);
		assertThat(defaults.contactWindowOf(VenueSubtype.PUBLIC_TRANSPORT_VEHICLE)).isEqualTo(30);
		assertThat(VenueCategory.CATERING_LODGING_RETAIL.defaultContactWindowMinutes()).isEqualTo(120);
	}

	@Test
	void configuredWindowsWinAndASubtypeBeatsItsCategory() {
		VenueProperties configured = new VenueProperties(20,
				Map.of("ENTERPRISE_TRANSPORT", 20, "SUPERMARKET", 45, "PUBLIC_TRANSPORT_VEHICLE", 15));

		assertThat(configured.contactWindowOf(VenueSubtype.TRANSPORT_STATION)).isEqualTo(20);
		assertThat(configured.contactWindowOf(VenueSubtype.PUBLIC_TRANSPORT_VEHICLE)).isEqualTo(15);
		assertThat(configured.contactWindowOf(VenueSubtype.SUPERMARKET)).isEqualTo(45);
		assertThat(configured.contactWindowOf(VenueSubtype.HOTEL)).isEqualTo(120);
	}

	@Test
	void everyCategoryHasSubtypes() {
		for (VenueCategory category : VenueCategory.values()) {
			assertThat(category.subtypes()).as(category.name()).isNotEmpty();
		}
	}

}
