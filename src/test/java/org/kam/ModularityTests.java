package org.kam;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Fails on dependency cycles between modules and on reaches into another module's
 * internals.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(KamApplication.class);

	@Test
	void modulesHaveNoCyclesAndUseOnlyPublicSurfaces() {
		modules.verify();
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
