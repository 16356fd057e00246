package org.claimtracker.e2e;

import java.time.Duration;
import java.util.function.Function;

import org.claimtracker.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review screen in Debian's headless Chromium, driven by keys: each action (accept,
 * reject, correct, accept all, link to a claim, publish after the checklist) updates the
 * screen in place, with no page load, and the focus moves to the next proposal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewBrowserTest {

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@RegisterExtension
	final EditorInBrowser editor = new EditorInBrowser("e2e-reviewer", "a reviewer's long password");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	WebDriver browser;

	@BeforeEach
	void start() {
		this.browser = this.editor.browser();
	}

	@Test
	void keysAcceptRejectAndCorrectInPlace() {
		String speaker = this.make.unique("Ada Reviewer");
		this.make.person(speaker);
		String roads = this.make.unique("The roads will be fixed first, says");
		this.make.claim(roads);
		long article = this.make
			.article("“We will fix the roads first,” " + speaker + " said.\n\n“The schools come next,” " + speaker
					+ " said.\n\n“Taxes stay where they are,” " + speaker + " said.\n\n“We will win in November,” "
					+ speaker + " said.")
			.id();
		this.editor.signIn("http://localhost:" + this.port + "/login");

		open("/editor/articles/" + article + "/review");
		assertThat(this.browser.findElement(By.id("review-keys")).isDisplayed()).isTrue();
		// a page load would forget this; and what swapping in place does must keep to the
		// page's Content-Security-Policy (no inline script or style)
		script("""
				window.sameScreen = true;
				window.violations = [];
				document.addEventListener('securitypolicyviolation',
				    (e) => window.violations.push(e.violatedDirective + ' ' + e.sourceFile + ':' + e.lineNumber));""");

		keys("j");
		awaitFocus("proposal-1");
		keys("a");
		await((d) -> proposals() == 3 && status().contains("added as a draft"));
		awaitFocus("proposal-1");
		assertThat(focusedText()).contains("The schools come next");

		keys("j");
		awaitFocus("proposal-2");
		keys("r");
		await((d) -> proposals() == 2 && status().contains("rejected"));
		awaitFocus("proposal-2");
		assertThat(focusedText()).contains("We will win in November");

		keys("e");
		awaitFocus("speaker-2");
		keys(Keys.ESCAPE);
		awaitFocus("proposal-2");
		keys("k");
		awaitFocus("proposal-1");

		this.browser.findElement(By.id("accept-all")).click();
		await((d) -> proposals() == 0 && status().contains("2 quotes were added as drafts"));
		awaitFocus("proposals-heading");

		// on to the accepted quotes: link the first to the claim most like it, in place
		keys("j");
		awaitFocus("quote-" + firstQuote(article));
		keys("l");
		// the claim most like the quote is chosen, and the editor writes why at once
		awaitFocus("rationale-" + firstQuote(article));
		WebElement panel = this.browser.findElement(By.id("link-" + firstQuote(article)));
		assertThat(panel.findElement(By.cssSelector(".in-context")).getText())
			.isEqualTo("“We will fix the roads first,” " + speaker + " said.");
		WebElement best = panel.findElement(By.cssSelector(".claim-choice"));
		assertThat(best.getText()).startsWith(roads);
		assertThat(best.findElement(By.tagName("input")).isSelected()).isTrue();
		keys("Says the roads come first.");
		panel.findElement(By.cssSelector("form[action$='/review/link'] button[name=stance][value=SUPPORTS]")).click();
		await((d) -> status().contains("linked to the claim"));
		awaitFocus("quote-" + firstQuote(article));
		assertThat(focusedText()).contains("Linked to one claim");

		// and publishing, after its checklist, in place too
		this.browser.findElement(By.id("publish-link")).click();
		awaitFocus("publishing");
		assertThat(this.browser.findElement(By.cssSelector("#publishing .checklist")).getText())
			.contains("No proposed quotes are left to review.", "2 quotes of 3 are linked to no claim:");
		this.browser.findElement(By.id("publish-confirm")).click();
		await((d) -> HeadlessChromium.findNow(d, By.cssSelector("#publishing [role=status]"))
			.stream()
			.anyMatch((s) -> s.getText().contains("are published")));
		assertThat(this.jdbc.queryForObject("select status from article where id = ?", String.class, article))
			.isEqualTo("PUBLISHED");

		assertThat(script("return window.sameScreen === true;")).isEqualTo(true);
		assertThat(script("return window.violations.join(', ');")).isEqualTo("");
		assertThat(this.jdbc.queryForList("select exact from quote where article_id = ? order by anchor_start",
				String.class, article))
			.containsExactly("We will fix the roads first", "The schools come next", "We will win in November");
	}

	private long firstQuote(long article) {
		return this.jdbc.queryForObject("select min(id) from quote where article_id = ?", Long.class, article);
	}

	private int proposals() {
		return HeadlessChromium.findNow(this.browser, By.cssSelector(".proposal-list > li")).size();
	}

	private String status() {
		return HeadlessChromium.findNow(this.browser, By.cssSelector("#review [role=status]"))
			.stream()
			.map(WebElement::getText)
			.reduce("", String::concat);
	}

	private String focusedText() {
		return this.browser.switchTo().activeElement().getText();
	}

	private void awaitFocus(String id) {
		await((d) -> id.equals(d.switchTo().activeElement().getDomAttribute("id")));
	}

	private void await(Function<WebDriver, Boolean> condition) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until(condition);
	}

	private void keys(CharSequence keys) {
		new Actions(this.browser).sendKeys(keys).perform();
	}

	private Object script(String code) {
		return ((JavascriptExecutor) this.browser).executeScript(code);
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

}
