package org.healthcode.health;

/**
 * Why a person has a status; each reason has its own transition rule
 * ({@link HealthProperties#rules()}).
 */
public enum StatusReason {

	CONFIRMED, CLOSE_CONTACT, SECONDARY_CONTACT, SPATIOTEMPORAL_COMPANION, RISK_AREA_VISIT, MANUAL

}
