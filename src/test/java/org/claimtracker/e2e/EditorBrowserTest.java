package org.claimtracker.e2e;

import java.time.Duration;

import org.claimtracker.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's whole flow in Debian's headless Chromium: sign in, add an article, select
 * a sentence, make it a quote, link it to a claim, publish, and find it on the claim page
 * as a reader.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EditorBrowserTest {

	static final String URL = "https://example.org/e2e-budget-debate";

	static final String SENTENCE = "We will balance the budget without cutting a single school.";

	@RegisterExtension
	final Fixtures make = new Fixtures();

	@RegisterExtension
	final EditorInBrowser editor = new EditorInBrowser("e2e-editor", "a browser's long password");

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
	void signInAnnotateLinkPublishRead() {
		long claim = this.make.claim(this.make.unique("Senator Rivera will balance the budget"));
		this.make.publishClaim(claim);
		open("/login");
		type("username", this.editor.username());
		type("password", this.editor.password());
		submit(By.cssSelector("form.stacked button[type=submit]"));
		assertThat(this.browser.getCurrentUrl()).endsWith("/editor");

		open("/editor/articles/new");
		type("title", "Rivera pledges a balanced budget");
		type("outlet", "The Example Gazette");
		type("byline", "A. Reporter");
		((JavascriptExecutor) this.browser)
			.executeScript("document.getElementById('publishedOn').value = '2024-05-07'");
		type("url", URL);
		type("body", "Senator Alex Rivera spoke in Dayton.\n\n“" + SENTENCE + "” Rivera said.\n\nNo one asked how.");
		this.browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		awaitStatus("article was added");
		long article = this.jdbc.queryForObject("select id from article where url = ?", Long.class, URL);
		this.make.removeAfter("outlet",
				this.jdbc.queryForObject("select outlet_id from article where id = ?", Long.class, article));
		this.make.removeAfter("article", article);
		assertThat(this.browser.getCurrentUrl()).endsWith("/review");
		assertThat(this.browser.findElement(By.cssSelector(".review-side")).getText()).contains(SENTENCE,
				"Alex Rivera");
		this.browser.findElement(By.partialLinkText("Mark quotes by hand")).click();

		// a triple click selects a paragraph up to the start of the next one: the words
		// come without the break
		((JavascriptExecutor) this.browser).executeScript("""
				const paragraphs = document.querySelectorAll('#annotatable p[data-start]');
				const range = document.createRange();
				range.setStart(paragraphs[0], 0);
				range.setEnd(paragraphs[1], 0);
				window.getSelection().removeAllRanges();
				window.getSelection().addRange(range);""");
		String first = "Senator Alex Rivera spoke in Dayton.";
		new WebDriverWait(this.browser, Duration.ofSeconds(5))
			.until((d) -> first.equals(d.findElement(By.id("quote-exact")).getDomProperty("value")));
		assertThat(this.browser.findElement(By.cssSelector("#quote-form .span-end")).getDomProperty("value"))
			.isEqualTo(Integer.toString(first.length()));

		selectInArticle(SENTENCE);
		WebElement quoteForm = this.browser.findElement(By.id("quote-form"));
		assertThat(quoteForm.findElement(By.id("quote-exact")).getDomProperty("value")).isEqualTo(SENTENCE);
		assertThat(quoteForm.findElement(By.className("span-start")).getDomProperty("value")).isNotEmpty();
		type("newSpeaker", "Senator Alex Rivera");
		new Select(this.browser.findElement(By.id("kind"))).selectByValue("DIRECT");
		quoteForm.findElement(By.cssSelector("button[type=submit]")).click();
		awaitStatus("quote was marked");
		this.make.removeAfter("person",
				this.jdbc.queryForObject("select id from person where name = 'Senator Alex Rivera'", Long.class));

		this.browser.findElement(By.partialLinkText("Link this quote")).click();
		new Select(this.browser.findElement(By.id("claimId"))).selectByValue(Long.toString(claim));
		this.browser.findElement(By.cssSelector("form[action$='/evidence'] input[name=stance][value=CONTRADICTS]"))
			.click();
		type("rationale", "A test link made in a browser.");
		this.browser.findElement(By.cssSelector("form[action$='/evidence'] button[type=submit]")).click();
		awaitStatus("linked");

		this.browser.findElement(By.cssSelector(".meta a[href^='/editor/articles/']")).click();
		this.browser.findElement(By.cssSelector("form[action$='/publish'] button")).click();
		// publishing shows what is left first: here, the speaker who is still a draft
		assertThat(this.browser.findElement(By.cssSelector(".checklist")).getText()).contains("Senator Alex Rivera");
		this.browser.findElement(By.id("publish-confirm")).click();
		awaitStatus("published");

		submit(By.cssSelector("form[action='/logout'] button"));
		open("/claims/" + claim);
		WebElement contradicts = this.browser.findElement(By.cssSelector(".side-contradicts"));
		assertThat(contradicts.getText()).contains(SENTENCE, "Senator Alex Rivera", "A test link made in a browser.");
		assertThat(HeadlessChromium.findNow(this.browser, By.cssSelector("form[action='/logout']"))).isEmpty();
	}

	private void selectInArticle(String words) {
		((JavascriptExecutor) this.browser).executeScript("""
				const words = arguments[0];
				const root = document.getElementById('annotatable');
				const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				  const at = node.data.indexOf(words);
				  if (at >= 0) {
				    const range = document.createRange();
				    range.setStart(node, at);
				    range.setEnd(node, at + words.length);
				    const selection = window.getSelection();
				    selection.removeAllRanges();
				    selection.addRange(range);
				    return;
				  }
				}""", words);
		new WebDriverWait(this.browser, Duration.ofSeconds(5))
			.until((d) -> words.equals(d.findElement(By.id("quote-exact")).getDomProperty("value")));
	}

	/**
	 * Clicks a form's button and waits for the page it leads to: the click returns before
	 * the browser has navigated, and asking for the next page too early lets the form's
	 * redirect replace it. While the old page is being replaced, the driver may fail to
	 * answer about the button at all; it is asked again until the button is gone.
	 */
	private void submit(By button) {
		WebElement clicked = this.browser.findElement(button);
		clicked.click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
			.until(ExpectedConditions.stalenessOf(clicked));
	}

	/** Waits for the page after a form post to say what happened. */
	private void awaitStatus(String words) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until((d) -> HeadlessChromium.findNow(d, By.cssSelector("[role=status]"))
				.stream()
				.anyMatch((status) -> status.getText().contains(words)));
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private void type(String id, String text) {
		WebElement field = this.browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

}
