package org.claimtracker.e2e;

import java.util.Map;

import org.claimtracker.DemoIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The article read in place, in headless Chromium: a mark opens its card beside the text
 * on a wide screen and below its paragraph on a phone, by mouse or by keyboard, one at a
 * time; Esc and the close button give the focus back to the mark; on a phone the first
 * claim is on the first screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ArticleCardsBrowserTest {

	@RegisterExtension
	final InBrowser inBrowser = new InBrowser();

	WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void browser() {
		this.browser = this.inBrowser.browser();
	}

	/** The next test finds the browser's own viewport, whatever this one emulated. */
	@AfterEach
	void usualViewport() {
		((ChromeDriver) this.browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	@Test
	void aClickOpensTheMarksCardBesideTheTextLevelWithIt() {
		DemoIds ids = new DemoIds(this.jdbc);
		long quote = ids.quote("I think that federal");
		viewport(1280, 900);
		this.browser.get(article(ids));
		WebElement mark = mark(quote);
		assertThat(mark.getDomAttribute("aria-expanded")).isEqualTo("false");
		assertThat(mark.getDomAttribute("aria-controls")).isEqualTo("mark-card");

		mark.click();
		WebElement card = this.browser.findElement(By.id("mark-card"));
		assertThat(card.isDisplayed()).isTrue();
		assertThat(this.browser.getCurrentUrl()).endsWith("/articles/" + ids.article());
		assertThat(card.getText()).contains("Jon Ossoff", "Democratic", "Direct quote", "Supports",
				"Jon Ossoff opposes local law enforcement", "here's why I oppose the 287(g) program");
		assertThat(card.findElement(By.cssSelector("a[href='/quotes/" + quote + "']")).isDisplayed()).isTrue();
		assertThat(card.getDomAttribute("aria-labelledby")).isNotBlank();
		assertThat(mark.getDomAttribute("aria-expanded")).isEqualTo("true");
		// in the margin, level with the mark
		WebElement text = this.browser.findElement(By.cssSelector(".article .body"));
		assertThat(card.getRect().getX()).isGreaterThanOrEqualTo(text.getRect().getX() + text.getRect().getWidth());
		assertThat(Math.abs(card.getRect().getY() - mark.getRect().getY())).isLessThan(24);

		// another mark: its card replaces the first
		WebElement other = mark(ids.quote("We can’t have"));
		other.click();
		assertThat(this.browser.findElements(By.cssSelector(".mark-card"))).hasSize(1);
		assertThat(card.getText()).contains("documentation checks");
		assertThat(mark.getDomAttribute("aria-expanded")).isEqualTo("false");
		assertThat(other.getDomAttribute("aria-expanded")).isEqualTo("true");

		card.findElement(By.cssSelector("button.card-close")).click();
		assertThat(card.isDisplayed()).isFalse();
		assertThat(this.browser.switchTo().activeElement()).isEqualTo(other);
		assertThat(other.getDomAttribute("aria-expanded")).isEqualTo("false");
	}

	@Test
	void theKeyboardOpensACardWithEnterAndClosesItWithEscape() {
		DemoIds ids = new DemoIds(this.jdbc);
		viewport(1280, 900);
		this.browser.get(article(ids));
		WebElement first = this.browser.findElement(By.cssSelector(".article .body mark a"));
		WebElement focused = null;
		for (int tabs = 0; tabs < 40 && !first.equals(focused); tabs++) {
			new Actions(this.browser).sendKeys(Keys.TAB).perform();
			focused = this.browser.switchTo().activeElement();
		}
		assertThat(focused).as("Tab reaches the first mark").isEqualTo(first);

		focused.sendKeys(Keys.ENTER);
		WebElement card = this.browser.findElement(By.id("mark-card"));
		assertThat(card.isDisplayed()).isTrue();
		assertThat(this.browser.switchTo().activeElement()).isEqualTo(card);
		// the first mark is where the article asserts a claim
		assertThat(card.getText()).contains("The article asserts a claim", "Jon Ossoff opposes local law enforcement");
		// Tab goes on to the card's own controls and links
		new Actions(this.browser).sendKeys(Keys.TAB).perform();
		assertThat(this.browser.switchTo().activeElement().getText()).isEqualTo("Close");

		new Actions(this.browser).sendKeys(Keys.ESCAPE).perform();
		assertThat(card.isDisplayed()).isFalse();
		assertThat(this.browser.switchTo().activeElement()).isEqualTo(first);
		assertThat(first.getDomAttribute("aria-expanded")).isEqualTo("false");

		// a quote with its stances and rationale, opened and closed by keys alone
		WebElement mark = mark(ids.quote("We can’t have"));
		mark.sendKeys(Keys.ENTER);
		assertThat(card.getText()).contains("Contradicts", "Why:");
		new Actions(this.browser).sendKeys(Keys.ESCAPE).perform();
		assertThat(this.browser.switchTo().activeElement()).isEqualTo(mark);
	}

	@Test
	void onAPhoneTheFirstClaimIsOnTheFirstScreenAndACardOpensBelowItsParagraph() {
		DemoIds ids = new DemoIds(this.jdbc);
		viewport(390, 844);
		this.browser.get(article(ids));
		JavascriptExecutor page = (JavascriptExecutor) this.browser;
		assertThat(page.executeScript("return window.innerWidth;")).isEqualTo(390L);
		assertThat(page.executeScript("return document.documentElement.scrollWidth;")).isEqualTo(390L);
		WebElement claim = this.browser.findElement(By.cssSelector(".article a[href^='/claims/']"));
		assertThat(claim.isDisplayed()).isTrue();
		assertThat(claim.getRect().getY()).isLessThan(844);

		WebElement mark = mark(ids.quote("I think that federal"));
		page.executeScript("arguments[0].scrollIntoView({block: 'center'});", mark);
		mark.click();
		WebElement card = this.browser.findElement(By.id("mark-card"));
		assertThat(card.isDisplayed()).isTrue();
		assertThat(card.getDomAttribute("class")).doesNotContain("beside");
		Object after = page.executeScript("return arguments[0].previousElementSibling.contains(arguments[1]);", card,
				mark);
		assertThat(after).isEqualTo(true);
		assertThat(card.getRect().getWidth()).isLessThanOrEqualTo(390);
	}

	private String article(DemoIds ids) {
		return "http://localhost:" + this.port + "/articles/" + ids.article();
	}

	private WebElement mark(long quote) {
		return this.browser.findElement(By.cssSelector(".article .body mark a[href='/quotes/" + quote + "']"));
	}

	/** The page's viewport, as a phone's or a desktop's: exactly that many CSS pixels. */
	void viewport(int width, int height) {
		((ChromeDriver) this.browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
	}

}
