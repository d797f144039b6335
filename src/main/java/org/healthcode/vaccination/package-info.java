/**
 * Vaccination: doses that vaccination points (role {@code VACCINATOR}) report for persons
 * by ID number and name, in batches and CSV imports, and the state derived from them
 * (BOOSTER / COMPLETE / PARTIAL / NONE) that health codes show through
 * {@link org.healthcode.health.VaccinationSource}.
 */
package org.healthcode.vaccination;
