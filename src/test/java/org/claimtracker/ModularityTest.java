package org.claimtracker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Audiences depend on features, features on each other one way only and on
 * {@code common}, each only as far as its {@code package-info.java} allows; the module
 * diagrams in docs/modules are written from the same model.
 */
class ModularityTest {

	private static final Path DIAGRAMS = Path.of("docs/modules");

	private final ApplicationModules modules = ApplicationModules.of(ClaimTrackerApplication.class);

	@Test
	void modulesDependOnlyOnWhatTheyAllow() {
		this.modules.verify();
	}

	/**
	 * Written on every build so that the diagrams follow the code; a change to them shows
	 * in the diff.
	 */
	@Test
	void writesModuleDiagrams() throws IOException {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder(DIAGRAMS.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		try (Stream<Path> files = Files.list(DIAGRAMS)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".puml")).toList()) {
				sortRelations(file);
			}
		}
	}

	/**
	 * The documenter lists relations in no fixed order; sorted, a diagram changes only
	 * when the modules do.
	 */
	private static void sortRelations(Path file) throws IOException {
		List<String> lines = new ArrayList<>(Files.readAllLines(file));
		List<Integer> at = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith("Rel(")) {
				at.add(i);
			}
		}
		List<String> relations = at.stream().map(lines::get).sorted().toList();
		for (int i = 0; i < at.size(); i++) {
			lines.set(at.get(i), relations.get(i));
		}
		Files.write(file, lines);
	}

}
