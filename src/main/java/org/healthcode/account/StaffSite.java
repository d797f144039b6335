package org.healthcode.account;

/**
 * The site a sampler, lab or vaccinator works for. Staff of the same site (same name in
 * the same division) share one id, so they see each other's work.
 *
 * @param divisionCode the six-digit administrative division the site lies in
 */
public record StaffSite(long id, String name, String divisionCode) {
}
