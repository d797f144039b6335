package org.healthcode.vaccination;

import java.time.LocalDate;

/** A recorded dose, as its person reads it. */
public record Vaccination(int dose, String product, LocalDate vaccinatedOn) {
}
