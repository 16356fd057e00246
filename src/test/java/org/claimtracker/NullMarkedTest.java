package org.claimtracker;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every package, main and test, is {@code @NullMarked}: a package's annotation does not
 * carry down to its subpackages, so each needs its own {@code package-info.java}.
 */
class NullMarkedTest {

	@Test
	void everyPackageIsNullMarked() {
		List<String> packages = new ClassFileImporter().importPackages("org.claimtracker")
			.stream()
			.map(JavaClass::getPackageName)
			.distinct()
			.sorted()
			.toList();
		assertThat(packages).contains("org.claimtracker.article", "org.claimtracker.e2e");
		assertThat(packages).filteredOn((name) -> !nullMarked(name)).as("packages without @NullMarked").isEmpty();
	}

	private static boolean nullMarked(String packageName) {
		try {
			return Class.forName(packageName + ".package-info").isAnnotationPresent(NullMarked.class);
		}
		catch (ClassNotFoundException ex) {
			return false;
		}
	}

}
