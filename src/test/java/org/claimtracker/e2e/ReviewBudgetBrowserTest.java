package org.claimtracker.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.claimtracker.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor takes a 16-quote article from pasted text to published, with three quotes
 * linked to claims, in Debian's headless Chromium: within 20 actions (a click, a key, a
 * field filled or pasted) and 3 full page loads, counting the new-article form's own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewBudgetBrowserTest {

	private static final int ACTIONS = 20;

	private static final int PAGE_LOADS = 3;

	private static final String SPEAKERS = "('Rosa Delgado', 'Thomas Avery', 'Helen Park', 'Alice Moreno', 'Daniel Ortiz')";

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@RegisterExtension
	final EditorInBrowser editor = new EditorInBrowser("e2e-budget", "a budget reviewer's long password");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	int actions;

	int pageLoads;

	@Test
	void aSixteenQuoteArticleIsReviewedLinkedAndPublishedWithinTheBudget() throws IOException {
		String url = "https://budget.example.org/" + this.make.unique("debate").replace(' ', '-').toLowerCase();
		this.make.removeArticlesAt(url);
		long roads = this.make.claim("Harlow County paved a record 140 miles of road in 2015.");
		long classrooms = this.make
			.claim("Every portable classroom in Harlow County can be closed without raising the property tax.");
		long crime = this.make
			.claim("Violent crime in Harlow County has fallen 12 percent since Thomas Avery took office.");
		this.editor.signIn(address("/login"));
		WebDriver browser = this.editor.browser();

		browser.get(address("/editor/articles/new"));
		markPage();
		this.pageLoads = 1;
		fill("title", "Delgado and Avery clash over roads and schools in Harlow County debate");
		fill("outlet", this.make.unique("Harlow Courier"));
		fill("publishedOn", "10/18/2016");
		fill("url", url);
		String text = article();
		act(() -> script("""
				const body = document.getElementById('body');
				body.value = arguments[0];
				body.dispatchEvent(new Event('input', { bubbles: true }));""", text));
		click(By.cssSelector("form[action='/editor/articles'] button[type=submit]"));
		await((d) -> d.getCurrentUrl().endsWith("/review"));
		long article = this.jdbc.queryForObject("select id from article where url = ?", Long.class, url);
		assertThat(proposals()).isEqualTo(21);

		click(By.id("accept-all"));
		click(By.id("confirm-all"));
		await((d) -> status().contains("16 quotes were added as drafts"));
		click(By.id("reject-unsure"));
		await((d) -> proposals() == 0);

		link(article, "We paved 140 miles of road", roads, "SUPPORTS", "Avery gives the figure himself.");
		link(article, "There is no way to build forty classrooms", classrooms, "CONTRADICTS",
				"Avery says it cannot be done without new money.");
		link(article, "Violent crime is down 12 percent", crime, "SUPPORTS", "Avery claims the drop.");

		click(By.id("publish-link"));
		click(By.id("publish-confirm"));
		await((d) -> HeadlessChromium.findNow(d, By.cssSelector("#publishing [role=status]"))
			.stream()
			.anyMatch((s) -> s.getText().contains("are published")));
		notePageLoad();

		assertThat(this.actions).isLessThanOrEqualTo(ACTIONS);
		assertThat(this.pageLoads).isLessThanOrEqualTo(PAGE_LOADS);
		assertThat(this.jdbc.queryForList("select status from quote where article_id = ?", String.class, article))
			.hasSize(16)
			.containsOnly("PUBLISHED");
		assertThat(this.jdbc.queryForList("""
				select e.claim_id || ' ' || e.stance || ' ' || e.status from evidence e
				join quote q on q.id = e.quote_id where q.article_id = ? order by q.anchor_start""", String.class,
				article))
			.containsExactly(roads + " SUPPORTS PUBLISHED", classrooms + " CONTRADICTS PUBLISHED",
					crime + " SUPPORTS PUBLISHED");
		assertThat(this.jdbc.queryForObject("select status from article where id = ?", String.class, article))
			.isEqualTo("PUBLISHED");
	}

	/**
	 * Links the accepted quote that begins with these words: opens its panel, where the
	 * claim most like it is chosen, writes why, and links with the stance's button.
	 */
	private void link(long article, String words, long claim, String stance, String rationale) {
		long quote = this.jdbc.queryForObject("select id from quote where article_id = ? and exact like ?", Long.class,
				article, words + "%");
		click(By.cssSelector("#quote-" + quote + " a.link-link"));
		await((d) -> ("rationale-" + quote).equals(d.switchTo().activeElement().getDomAttribute("id")));
		assertThat(this.editor.browser()
			.findElement(By.cssSelector("#link-" + quote + " input[name=claimId]:checked"))
			.getDomAttribute("value")).isEqualTo(Long.toString(claim));
		act(() -> this.editor.browser().switchTo().activeElement().sendKeys(rationale));
		click(By.cssSelector("#link-" + quote + " button[name=stance][value=" + stance + "]"));
		await((d) -> status().contains("linked to the claim"));
	}

	private void fill(String field, String value) {
		act(() -> this.editor.browser().findElement(By.id(field)).sendKeys(value));
	}

	private void click(By target) {
		act(() -> this.editor.browser().findElement(target).click());
	}

	/** One thing the editor does; a full page load since the last is counted too. */
	private void act(Runnable action) {
		notePageLoad();
		this.actions++;
		action.run();
	}

	/**
	 * Counts a full page load when the page no longer holds the mark the last one was
	 * given: swapping parts in place keeps it, a new page does not.
	 */
	private void notePageLoad() {
		if (!Boolean.TRUE.equals(script("return window.budgetMark === true;"))) {
			this.pageLoads++;
			markPage();
		}
	}

	private void markPage() {
		script("window.budgetMark = true;");
	}

	private int proposals() {
		return HeadlessChromium.findNow(this.editor.browser(), By.cssSelector(".proposal-list > li")).size();
	}

	private String status() {
		return HeadlessChromium.findNow(this.editor.browser(), By.cssSelector("#review [role=status]"))
			.stream()
			.map(WebElement::getText)
			.reduce("", String::concat);
	}

	private void await(Function<WebDriver, Boolean> condition) {
		new WebDriverWait(this.editor.browser(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until(condition);
	}

	private Object script(String code, Object... arguments) {
		return ((JavascriptExecutor) this.editor.browser()).executeScript(code, arguments);
	}

	private String address(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** The people the article brought in, removed after the test with their quotes. */
	@AfterEach
	void removePeople() {
		List<Long> people = this.jdbc.queryForList("select id from person where name in " + SPEAKERS, Long.class);
		people.forEach((id) -> this.make.removeAfter("person", id));
	}

	private static String article() throws IOException {
		try (InputStream text = ReviewBudgetBrowserTest.class.getResourceAsStream("/review/sixteen-quotes.txt")) {
			return new String(text.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
