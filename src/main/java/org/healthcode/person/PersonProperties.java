package org.healthcode.person;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code healthcode.person.*}: throttling of real-name checks.
 *
 * @param identityCheckWindow how long a failed check counts against the account and the
 * ID number
 * @param maxFailedChecksPerAccount failed checks a resident account may make in the
 * window; then every check of that account is refused until the oldest leaves it
 * @param maxFailedChecksPerStaffAccount the same for a staff account (officials,
 * samplers, registrars), who type many identities a day
 * @param maxFailedChecksPerIdNumber failed checks against one ID number (from any
 * account) before adding it as a companion or checking it at a door is refused; the
 * holder's own real-name registration is never refused for this, so strangers cannot lock
 * someone out of their own registration
 * @param demoMismatchMarker DEMO only: names containing it fail the real-name check
 */
@ConfigurationProperties("healthcode.person")
public record PersonProperties(@DefaultValue("24h") Duration identityCheckWindow,
		@DefaultValue("5") int maxFailedChecksPerAccount, @DefaultValue("50") int maxFailedChecksPerStaffAccount,
		@DefaultValue("10") int maxFailedChecksPerIdNumber, @DefaultValue("冒") String demoMismatchMarker) {
}
