package org.claimtracker.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.claimtracker.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import in Debian's headless Chromium: an editor uploads a file of articles and
 * watches the progress bar move on its own to the end, then finds the articles waiting
 * for review on the desk.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportBrowserTest {

	/**
	 * Enough articles that the import outlasts several of the page's one-second polls,
	 * however fast the machine imports.
	 */
	private static final int ARTICLES = 5000;

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@RegisterExtension
	final EditorInBrowser editor = new EditorInBrowser("e2e-importer", "an importer's long password");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path folder;

	final String site = "https://browser-import.example.org/" + this.make.unique("run").replace(' ', '-').toLowerCase()
			+ "/";

	WebDriver browser;

	@BeforeEach
	void start() {
		this.browser = this.editor.browser();
	}

	@AfterEach
	void removeImported() {
		this.make.removeArticlesAt(this.site + "%");
	}

	@Test
	void uploadWatchTheProgressAndFindTheQueue() throws IOException {
		this.editor.signIn("http://localhost:" + this.port + "/login");
		this.browser.findElement(By.linkText("Import")).click();

		this.browser.findElement(By.id("files")).sendKeys(archive().toString());
		this.browser.findElement(By.cssSelector("form.import-form button[type=submit]")).click();

		// the upload's answer may come after the click returns, on a busy machine
		new WebDriverWait(this.browser, Duration.ofSeconds(30))
			.until(ExpectedConditions.urlMatches(".*/editor/imports/\\d+$"));
		assertThat(this.browser.getCurrentUrl()).matches(".*/editor/imports/\\d+");
		Set<String> seen = new LinkedHashSet<>();
		// read at once in the page: the progress part is replaced while it runs
		new WebDriverWait(this.browser, Duration.ofSeconds(120)).pollingEvery(Duration.ofMillis(50)).until((page) -> {
			List<?> progress = (List<?>) ((JavascriptExecutor) page).executeScript("""
					return [document.getElementById('import-bar').getAttribute('value'),
					        document.querySelector('#progress [role=status]').textContent.trim()]""");
			seen.add(String.valueOf(progress.get(0)));
			return String.valueOf(progress.get(1)).startsWith("Done");
		});
		assertThat(seen).as("the bar moved without the page being loaded again").hasSizeGreaterThan(2);
		assertThat(this.browser.findElement(By.id("import-bar")).getDomAttribute("value"))
			.isEqualTo(Integer.toString(ARTICLES));
		assertThat(this.browser.findElement(By.cssSelector(".import-figures")).getText())
			.contains("Added\n" + ARTICLES);

		this.browser.findElement(By.partialLinkText("Review the quotes")).click();
		assertThat(this.browser.findElement(By.cssSelector(".review-queue")).getText())
			.contains("Browser story " + ARTICLES + " ");
	}

	private Path archive() throws IOException {
		List<String> lines = new ArrayList<>();
		for (int n = 1; n <= ARTICLES; n++) {
			lines.add("""
					{"url": "%s%d", "title": "Browser story %d", "outlet": "Browser Bugle", "published": "2016-10-01", \
					"body": "Paragraph one of story %d.\\n\\"We will win the county,\\" Mayor Ana Ruiz said."}"""
				.formatted(this.site, n, n, n));
		}
		return Files.write(this.folder.resolve("stories.jsonl"), lines);
	}

}
