package org.claimtracker.e2e;

import java.io.File;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium and its driver, as the browser tests use them: nothing is
 * downloaded.
 */
final class HeadlessChromium {

	/** The window's size, as on a laptop. */
	static final int WIDTH = 1280;

	static final int HEIGHT = 1000;

	/** How long a lookup waits for an element that is not there yet. */
	private static final Duration IMPLICIT_WAIT = Duration.ofSeconds(5);

	private HeadlessChromium() {
	}

	static WebDriver start() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("chrome.binary", "/usr/bin/chromium"));
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--window-size=" + WIDTH + "," + HEIGHT);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
			.build();
		WebDriver browser = new ChromeDriver(service, options);
		browser.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
		return browser;
	}

	/**
	 * The elements that match now, without waiting for one to appear: for asking how many
	 * there are, where none is an answer.
	 */
	static List<WebElement> findNow(WebDriver browser, By selector) {
		browser.manage().timeouts().implicitlyWait(Duration.ZERO);
		try {
			return browser.findElements(selector);
		}
		finally {
			browser.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
		}
	}

}
