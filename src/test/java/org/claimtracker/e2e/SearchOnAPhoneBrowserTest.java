package org.claimtracker.e2e;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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

	static WebDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void start() {
		browser = HeadlessChromium.start();
		((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", true));
	}

	@AfterAll
	static void stop() {
		browser.quit();
	}

	@Test
	void theFirstResultIsOnTheFirstScreenWithTheFiltersCounted() {
		browser.get("http://localhost:" + this.port + "/search?q=trust&party=Democratic&kind=direct&sort=newest");
		JavascriptExecutor page = (JavascriptExecutor) browser;
		assertThat(page.executeScript("return window.innerWidth;")).isEqualTo((long) WIDTH);
		assertThat(page.executeScript("return document.documentElement.scrollWidth;")).isEqualTo((long) WIDTH);

		WebElement hit = browser.findElement(By.cssSelector(".hit"));
		assertThat(hit.getRect().getY()).isLessThan(HEIGHT - 100);
		// the order is no filter
		WebElement toggle = browser.findElement(By.cssSelector(".filters-toggle > summary"));
		assertThat(toggle.getText()).isEqualTo("Filters (2)");
		assertThat(shown(browser.findElement(By.id("f-party")))).isFalse();

		toggle.click();
		Select kind = new Select(browser.findElement(By.id("f-kind")));
		assertThat(kind.getFirstSelectedOption().getDomProperty("value")).isEqualTo("direct");
		kind.selectByIndex(0);
		assertThat(toggle.getText()).isEqualTo("Filters (1)");
	}

	@Test
	void theSitesHeaderKeepsToOneLineAndItsMenuOpens() {
		browser.get("http://localhost:" + this.port + "/search");
		WebElement brand = browser.findElement(By.cssSelector(".site-header .brand"));
		WebElement menu = browser.findElement(By.cssSelector(".site-menu > summary"));
		assertThat(menu.getText()).startsWith("Menu");
		assertThat(Math.abs(centre(menu) - centre(brand))).isLessThan(8);
		assertThat(browser.findElement(By.cssSelector(".site-header")).getRect().getHeight()).isLessThan(80);
		WebElement search = browser.findElement(By.cssSelector(".site-menu a[href='/search']"));
		assertThat(shown(search)).isFalse();

		menu.click();
		List<WebElement> links = browser.findElements(By.cssSelector(".site-menu li a"));
		assertThat(links).hasSizeGreaterThanOrEqualTo(6).allSatisfy((link) -> assertThat(shown(link)).isTrue());
		assertThat(links).allSatisfy(
				(link) -> assertThat(link.getRect().getX() + link.getRect().getWidth()).isLessThanOrEqualTo(WIDTH));
	}

	@Test
	void onAWideScreenTheFiltersAndLinksShowWithoutTheirControls() {
		((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
		try {
			browser.get("http://localhost:" + this.port + "/search?q=trust");
			assertThat(browser.findElement(By.cssSelector(".filters-toggle > summary")).isDisplayed()).isFalse();
			// (Selenium's isDisplayed takes any field in a closed details for hidden,
			// whatever
			// the style says)
			assertThat(shown(browser.findElement(By.id("f-party")))).isTrue();
			assertThat(browser.findElement(By.cssSelector(".site-menu > summary")).isDisplayed()).isFalse();
			assertThat(shown(browser.findElement(By.cssSelector(".site-menu a[href='/search']")))).isTrue();
			// the facets sit left of the hits
			assertThat(browser.findElement(By.cssSelector(".facets")).getRect().getX())
				.isLessThan(browser.findElement(By.cssSelector(".hit")).getRect().getX());
		}
		finally {
			((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", true));
		}
	}

	/** Whether the browser renders the element, as a reader would see it. */
	private static boolean shown(WebElement element) {
		return (Boolean) ((JavascriptExecutor) browser).executeScript("return arguments[0].checkVisibility();",
				element);
	}

	private static int centre(WebElement element) {
		return element.getRect().getY() + element.getRect().getHeight() / 2;
	}

}
