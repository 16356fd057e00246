package org.claimtracker.e2e;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Debian's headless Chromium for each browser test, started once for the whole test run
 * and quit at its end: each test finds it blank, with no cookies or stored pages, at its
 * usual size. Register it with {@code @RegisterExtension}.
 */
final class InBrowser implements BeforeEachCallback, AfterEachCallback {

	private static final ExtensionContext.Namespace RUN = ExtensionContext.Namespace.create(InBrowser.class);

	private @Nullable WebDriver browser;

	@Override
	public void beforeEach(ExtensionContext extension) {
		this.browser = extension.getRoot()
			.getStore(RUN)
			.getOrComputeIfAbsent(Shared.class, (key) -> new Shared(HeadlessChromium.start()), Shared.class)
			.browser();
	}

	/**
	 * Leaves the browser as the next test expects it: what the page kept (htmx's history
	 * among it) and every cookie gone, a blank page, the usual window.
	 */
	@Override
	public void afterEach(ExtensionContext extension) {
		WebDriver used = browser();
		try {
			((JavascriptExecutor) used)
				.executeScript("try { localStorage.clear(); sessionStorage.clear(); } catch (e) {}");
			((ChromeDriver) used).executeCdpCommand("Network.clearBrowserCookies", Map.of());
			used.get("about:blank");
			used.manage().window().setSize(new Dimension(HeadlessChromium.WIDTH, HeadlessChromium.HEIGHT));
		}
		catch (WebDriverException ex) {
			// a browser left in a state it cannot be brought back from: the next test
			// starts another
			extension.getRoot().getStore(RUN).remove(Shared.class, Shared.class).close();
		}
	}

	WebDriver browser() {
		if (this.browser == null) {
			throw new IllegalStateException("The browser is there from before each test");
		}
		return this.browser;
	}

	/** The run's browser, quit when the run ends. */
	private record Shared(WebDriver browser) implements ExtensionContext.Store.CloseableResource {

		@Override
		public void close() {
			this.browser.quit();
		}

	}

}
