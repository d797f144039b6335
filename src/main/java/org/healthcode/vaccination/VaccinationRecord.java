package org.healthcode.vaccination;

import java.time.LocalDate;

/**
 * One dose as a vaccination point reports it; fields as received, checked by
 * {@link VaccinationService}. Its {@code toString()} shows no personal data.
 */
public record VaccinationRecord(String idNumber, String name, Integer dose, String product, LocalDate vaccinatedOn) {

	@Override
	public String toString() {
		return "VaccinationRecord[dose=" + this.dose + ", on=" + this.vaccinatedOn + "]";
	}

}
