package org.claimtracker.e2e;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search page in headless Chromium: results and the window's title follow the typing,
 * the address keeps the search without empty filters, and going back shows the earlier
 * search in the form as well as the results.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchBrowserTest {

	@LocalServerPort
	int port;

	@RegisterExtension
	final InBrowser inBrowser = new InBrowser();

	WebDriver browser;

	@BeforeEach
	void start() {
		this.browser = this.inBrowser.browser();
	}

	@Test
	void goingBackRestoresTheFormWithTheResults() {
		this.browser.get("http://localhost:" + this.port + "/search");
		type("amnesty");
		awaitAddress("q=amnesty&sort=relevance");
		String amnesty = this.browser.findElement(By.id("results")).getText();
		assertThat(this.browser.getTitle()).isEqualTo("“amnesty” — quote search — ClaimTracker");
		sort().selectByValue("newest");
		awaitAddress("q=amnesty&sort=newest");
		type("reform");
		awaitAddress("q=reform&sort=newest");

		this.browser.navigate().back();
		awaitAddress("q=amnesty&sort=newest");
		assertThat(this.browser.findElement(By.id("search-q")).getDomProperty("value")).isEqualTo("amnesty");
		this.browser.navigate().back();
		awaitAddress("q=amnesty&sort=relevance");
		assertThat(this.browser.findElement(By.id("search-q")).getDomProperty("value")).isEqualTo("amnesty");
		assertThat(sort().getFirstSelectedOption().getDomProperty("value")).isEqualTo("relevance");
		assertThat(this.browser.findElement(By.id("results")).getText()).isEqualTo(amnesty);
		assertThat(this.browser.getTitle()).isEqualTo("“amnesty” — quote search — ClaimTracker");
	}

	@Test
	void eachSearchIsAskedForOnce() {
		this.browser.get("http://localhost:" + this.port + "/search");
		JavascriptExecutor page = (JavascriptExecutor) this.browser;
		page.executeScript("window.asked = 0; document.addEventListener('htmx:beforeRequest', () => window.asked++);");
		long history = (Long) page.executeScript("return history.length;");
		type("amnesty");
		awaitAddress("q=amnesty&sort=relevance");
		// leaving the box and pressing Enter ask for the search on screen again
		this.browser.findElement(By.id("search-q")).sendKeys(Keys.TAB);
		this.browser.findElement(By.id("search-q")).sendKeys(Keys.ENTER);
		type("reform");
		awaitAddress("q=reform&sort=relevance");
		assertThat(page.executeScript("return window.asked;")).isEqualTo(2L);
		assertThat(page.executeScript("return history.length;")).isEqualTo(history + 2);
	}

	@Test
	void citationsHaveACopyButtonWhereverTheyAre() {
		this.browser.get("http://localhost:" + this.port + "/search");
		type("amnesty");
		awaitAddress("q=amnesty&sort=relevance");
		// the buttons (in each hit's Cite box) are shown once the script that copies is
		// there
		assertThat(this.browser.findElements(By.cssSelector(".hit button.copy"))).isNotEmpty();
		new WebDriverWait(this.browser, Duration.ofSeconds(5))
			.until((d) -> d.findElements(By.cssSelector(".hit button.copy"))
				.stream()
				.noneMatch((b) -> "true".equals(b.getDomProperty("hidden"))));

		String permalink = this.browser.findElement(By.cssSelector(".hit a[href^='/quotes/']")).getDomAttribute("href");
		this.browser.get("http://localhost:" + this.port + permalink);
		new WebDriverWait(this.browser, Duration.ofSeconds(5))
			.until((d) -> d.findElement(By.cssSelector("button[data-copy=citation]")).isDisplayed());
	}

	private void type(String words) {
		// typed over the words there, as a user does: clearing the box first would search
		// for nothing
		this.browser.findElement(By.id("search-q")).sendKeys(Keys.chord(Keys.CONTROL, "a"), words);
	}

	private Select sort() {
		return new Select(this.browser.findElement(By.id("f-sort")));
	}

	private void awaitAddress(String query) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.withMessage(() -> "the address is " + this.browser.getCurrentUrl() + ", not ?" + query)
			.until((d) -> d.getCurrentUrl().endsWith("?" + query));
	}

}
