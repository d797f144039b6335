package org.healthcode;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Module boundaries are checked, not hoped for: no cycles between feature modules and no
 * module reaching into another's internals (sub-packages) or non-public types.
 */
class ModularityTests {

	@Test
	void modulesRespectTheirBoundaries() {
		ApplicationModules.of(HealthCodeApplication.class).verify();
	}

}
