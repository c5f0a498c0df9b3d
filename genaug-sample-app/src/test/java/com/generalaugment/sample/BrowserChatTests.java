package com.generalaugment.sample;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page at {@code /} in a real headless Chromium: sign in for a token, send a message, watch the
 * reply stream in through the proxy in several pieces. Skipped (not passed) where Chromium is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserChatTests {

	@LocalServerPort
	int port;

	private WebDriver driver;

	private WebDriverWait wait;

	@BeforeEach
	void startBrowser() throws Exception {
		this.driver = HeadlessChromium.start();
		this.wait = new WebDriverWait(this.driver, Duration.ofSeconds(20));
	}

	@AfterEach
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void signsInSendsAMessageAndSeesTheReplyStreamInPieces() {
		openPage();
		signInAs("alice");

		sendAndAwaitTheReply("Reply exactly with: Welcome aboard, we are glad you are here");

		assertThat(find("ops-link").isDisplayed()).as("the link to the operations page").isFalse();
		assertThat(find("reply").getText()).isEqualTo("Welcome aboard, we are glad you are here");
		assertThat(Integer.parseInt(find("reply").getDomAttribute("data-pieces")))
			.as("the reply arrived as several delta events")
			.isGreaterThan(1);
		assertThat(find("error").isDisplayed()).isFalse();
	}

	@Test
	void signsInAgainWhenTheTokenIsNoLongerAccepted() {
		openPage();
		signInAs("alice");

		// What an expired token, or one from before a restart, looks like to the page: a 401.
		((JavascriptExecutor) this.driver).executeScript("session.token = 'no-longer-valid';");
		sendAndAwaitTheReply("Reply exactly with: still here");

		assertThat(find("reply").getText()).isEqualTo("still here");
		assertThat(find("error").isDisplayed()).isFalse();
	}

	@Test
	void opsSeesTheHealthDetailsThatOthersDoNot() {
		openPage();
		this.wait.until((d) -> find("health").getText().contains("UP"));
		assertThat(find("health").getText()).doesNotContain("sdkVersion");

		signInAs("ops");

		assertThat(find("roles").getText()).isEqualTo("OPS");
		assertThat(find("ops-link").isDisplayed()).as("the link to the operations page").isTrue();
		this.wait.until((d) -> find("health").getText().contains("sdkVersion"));
	}

	@Test
	void showsARejectedSignInClearly() {
		openPage();

		find("password").clear();
		find("password").sendKeys("wrong");
		find("signin-button").click();

		this.wait.until((d) -> find("error").isDisplayed());
		assertThat(find("error").getText()).startsWith("unauthenticated");
	}

	private void openPage() {
		this.driver.get("http://127.0.0.1:" + this.port + "/");
	}

	// Picking a user fills in the demo password, as the page does for a person.
	private void signInAs(String user) {
		new Select(find("username")).selectByValue(user);
		find("signin-button").click();
		this.wait.until((d) -> find("who").getText().equals(user));
	}

	private void sendAndAwaitTheReply(String message) {
		find("message").clear();
		find("message").sendKeys(message);
		find("send").click();
		this.wait.until((d) -> find("status").getText().startsWith("done"));
	}

	private WebElement find(String id) {
		return this.driver.findElement(By.id(id));
	}

}
