package org.claimtracker.e2e;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search page on a phone 390 pixels wide, in headless Chromium: the site's header
 * keeps to one line, the filters wait behind one control that says how many are set, and
 * the first result starts on the first screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchOnAPhoneBrowserTest {

	static final int WIDTH = 390;

	static final int HEIGHT = 844;

	@RegisterExtension
	final InBrowser inBrowser = new InBrowser();

	WebDriver browser;

	@LocalServerPort
	int port;

	@BeforeEach
	void phone() {
		this.browser = this.inBrowser.browser();
		viewport(WIDTH, HEIGHT, true);
	}

	/** The next test finds the browser's own viewport. */
	@AfterEach
	void usualViewport() {
		((ChromeDriver) this.browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	@Test
	void theFirstResultIsOnTheFirstScreenWithTheFiltersCounted() {
		this.browser.get("http://localhost:" + this.port + "/search?q=trust&party=Democratic&kind=direct&sort=newest");
		JavascriptExecutor page = (JavascriptExecutor) this.browser;
		assertThat(page.executeScript("return window.innerWidth;")).isEqualTo((long) WIDTH);
		assertThat(page.executeScript("return document.documentElement.scrollWidth;")).isEqualTo((long) WIDTH);

		WebElement hit = this.browser.findElement(By.cssSelector(".hit"));
		assertThat(hit.getRect().getY()).isLessThan(HEIGHT - 100);
		// the order is no filter
		WebElement toggle = this.browser.findElement(By.cssSelector(".filters-toggle > summary"));
		assertThat(toggle.getText()).isEqualTo("Filters (2)");
		assertThat(shown(this.browser.findElement(By.id("f-party")))).isFalse();

		toggle.click();
		Select kind = new Select(this.browser.findElement(By.id("f-kind")));
		assertThat(kind.getFirstSelectedOption().getDomProperty("value")).isEqualTo("direct");
		kind.selectByIndex(0);
		assertThat(toggle.getText()).isEqualTo("Filters (1)");
	}

	@Test
	void theSitesHeaderKeepsToOneLineAndItsMenuOpens() {
		this.browser.get("http://localhost:" + this.port + "/search");
		WebElement brand = this.browser.findElement(By.cssSelector(".site-header .brand"));
		WebElement menu = this.browser.findElement(By.cssSelector(".site-menu > summary"));
		assertThat(menu.getText()).startsWith("Menu");
		assertThat(Math.abs(centre(menu) - centre(brand))).isLessThan(8);
		assertThat(this.browser.findElement(By.cssSelector(".site-header")).getRect().getHeight()).isLessThan(80);
		WebElement search = this.browser.findElement(By.cssSelector(".site-menu a[href='/search']"));
		assertThat(shown(search)).isFalse();

		menu.click();
		List<WebElement> links = this.browser.findElements(By.cssSelector(".site-menu li a"));
		assertThat(links).hasSizeGreaterThanOrEqualTo(6).allSatisfy((link) -> assertThat(shown(link)).isTrue());
		assertThat(links).allSatisfy(
				(link) -> assertThat(link.getRect().getX() + link.getRect().getWidth()).isLessThanOrEqualTo(WIDTH));
	}

	@Test
	void onAWideScreenTheFiltersAndLinksShowWithoutTheirControls() {
		viewport(1280, 900, false);
		this.browser.get("http://localhost:" + this.port + "/search?q=trust");
		assertThat(this.browser.findElement(By.cssSelector(".filters-toggle > summary")).isDisplayed()).isFalse();
		assertThat(shown(this.browser.findElement(By.id("f-party")))).isTrue();
		assertThat(this.browser.findElement(By.id("f-party")).isEnabled()).isTrue();
		assertThat(this.browser.findElement(By.cssSelector(".site-menu > summary")).isDisplayed()).isFalse();
		assertThat(shown(this.browser.findElement(By.cssSelector(".site-menu a[href='/search']")))).isTrue();
		// the facets sit left of the hits
		assertThat(this.browser.findElement(By.cssSelector(".facets")).getRect().getX())
			.isLessThan(this.browser.findElement(By.cssSelector(".hit")).getRect().getX());
	}

	/** The page's viewport, as a phone's or a desktop's: exactly that many CSS pixels. */
	private void viewport(int width, int height, boolean mobile) {
		((ChromeDriver) this.browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
	}

	/**
	 * Whether the browser renders the element, as a reader would see it (Selenium's
	 * isDisplayed takes whatever is in a closed details for hidden, whatever the style
	 * says).
	 */
	private boolean shown(WebElement element) {
		return (Boolean) ((JavascriptExecutor) this.browser).executeScript("return arguments[0].checkVisibility();",
				element);
	}

	private static int centre(WebElement element) {
		return element.getRect().getY() + element.getRect().getHeight() / 2;
	}

}
