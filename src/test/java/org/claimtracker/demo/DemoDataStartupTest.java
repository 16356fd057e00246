package org.claimtracker.demo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.claimtracker.ClaimTrackerApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The demo profile loads the demo data on start: an application whose demo data has a
 * misplaced quote refuses to start, naming the quote. Without the profile the demo data
 * is never read.
 */
class DemoDataStartupTest {

	@Test
	void refusesToStartWithAMisplacedQuote(@TempDir Path dir) throws Exception {
		assertThatThrownBy(() -> withMisplacedQuote(dir).run("--spring.profiles.active=demo")).satisfies(
				(ex) -> assertThat(NestedExceptionUtils.getMostSpecificCause(ex)).isInstanceOf(DemoDataException.class)
					.hasMessageContaining("Quote q7 is not anchored"));
	}

	@Test
	void startsWithoutReadingTheDemoDataOutsideTheDemoProfile(@TempDir Path dir) throws Exception {
		try (ConfigurableApplicationContext app = withMisplacedQuote(dir).run("--spring.profiles.active=default")) {
			assertThat(app.getEnvironment().getActiveProfiles()).doesNotContain("demo");
			assertThat(app.getBeanNamesForType(DemoDataRunner.class)).isEmpty();
		}
	}

	private static SpringApplicationBuilder withMisplacedQuote(Path dir) throws Exception {
		String annotations = new ClassPathResource("demo/annotations.json").getContentAsString(StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("annotations.json"), annotations.replace("\"start\": 2785", "\"start\": 2786"));
		Files.copy(new ClassPathResource("demo/article-2020-12-30-ossoff-287g.txt").getInputStream(),
				dir.resolve("article-2020-12-30-ossoff-287g.txt"));

		return new SpringApplicationBuilder(ClaimTrackerApplication.class).properties("server.port=0",
				"claimtracker.demo-data.annotations=file:" + dir.resolve("annotations.json"));
	}

}
