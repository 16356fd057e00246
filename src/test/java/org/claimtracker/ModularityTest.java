package org.claimtracker;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Features depend on each other one way only, and only through each other's top-level
 * package.
 */
class ModularityTest {

	@Test
	void featuresHaveNoCycles() {
		ApplicationModules.of(ClaimTrackerApplication.class).verify();
	}

}
