package org.claimtracker.e2e;

import java.time.Duration;

import org.claimtracker.account.AccountService;
import org.claimtracker.account.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * An editor in Debian's headless Chromium, for one browser test: an editor account of its
 * own, made before the test and removed after it, and the run's browser (see
 * {@link InBrowser}). Register it with {@code @RegisterExtension} in a test on a random
 * port.
 */
final class EditorInBrowser implements BeforeEachCallback, AfterEachCallback {

	private final String username;

	private final String password;

	private final InBrowser browser = new InBrowser();

	private @Nullable ApplicationContext context;

	EditorInBrowser(String username, String password) {
		this.username = username;
		this.password = password;
	}

	@Override
	public void beforeEach(ExtensionContext extension) {
		this.context = SpringExtension.getApplicationContext(extension);
		AccountService accounts = this.context.getBean(AccountService.class);
		if (!accounts.exists(this.username)) {
			accounts.add(this.username, this.password, Role.EDITOR);
		}
		this.browser.beforeEach(extension);
	}

	@Override
	public void afterEach(ExtensionContext extension) {
		this.browser.afterEach(extension);
		if (this.context != null) {
			this.context.getBean(JdbcTemplate.class).update("delete from app_user where username = ?", this.username);
		}
	}

	WebDriver browser() {
		return this.browser.browser();
	}

	String username() {
		return this.username;
	}

	String password() {
		return this.password;
	}

	/** Signs in on the sign-in page at this address, and waits for the page after it. */
	void signIn(String loginUrl) {
		WebDriver driver = browser();
		driver.get(loginUrl);
		driver.findElement(By.id("username")).sendKeys(this.username);
		driver.findElement(By.id("password")).sendKeys(this.password);
		WebElement signIn = driver.findElement(By.cssSelector("form.stacked button[type=submit]"));
		signIn.click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
			.until(ExpectedConditions.stalenessOf(signIn));
	}

}
