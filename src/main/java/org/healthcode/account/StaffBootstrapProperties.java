package org.healthcode.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first staff accounts. {@code healthcode.admin.*} creates an administrator (from
 * configuration, the environment or {@code --healthcode.admin.password=...});
 * {@code demo*} passwords apply in DEMO mode only and are generated when not set.
 *
 * @param adminUsername username of the first administrator
 * @param adminPassword its password; required in PRODUCTION until an administrator exists
 * @param demoOfficialPassword password of the seeded demo official {@code official}
 * @param demoAdminPassword password of the seeded demo administrator
 */
@ConfigurationProperties("healthcode.staff")
public record StaffBootstrapProperties(@DefaultValue("admin") String adminUsername, String adminPassword,
		String demoOfficialPassword, String demoAdminPassword) {

	@Override
	public String toString() {
		return "StaffBootstrapProperties[adminUsername=" + this.adminUsername + "]";
	}

}
