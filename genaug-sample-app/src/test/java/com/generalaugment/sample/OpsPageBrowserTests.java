package com.generalaugment.sample;

import java.time.Duration;
import java.util.List;

import com.generalaugment.client.GeneralAugment;
import com.generalaugment.mock.GenaugMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations page at {@code /ops.html} in a real headless Chromium, on the sample's default run:
 * health as a table, a verify run as a table of coloured checks, the recent platform calls, and nothing
 * at all for a user without OPS. Skipped (not passed) where Chromium is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpsPageBrowserTests {

	private static final String FORBIDDEN = "forbidden: Your account may not use this endpoint.";

	@LocalServerPort
	int port;

	// The embedded mock the sample runs on: a test may stub a fault on it, and removes the stub again
	// because the context (and so the mock) is shared with the other tests.
	@Autowired
	GenaugMockServer mock;

	private WebDriver driver;

	private WebDriverWait wait;

	@BeforeEach
	void startBrowser() throws Exception {
		this.driver = HeadlessChromium.start();
		// A verify run makes some twenty-five calls: allow it more than a page load. A refresh replaces a
		// table's rows while a condition may be reading them: the condition is then tried again.
		this.wait = new WebDriverWait(this.driver, Duration.ofSeconds(30));
		this.wait.ignoring(StaleElementReferenceException.class);
	}

	@AfterEach
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void opsSeesTheHealthComponentsAsATableWithTheGenaugRowUp() {
		openPage();
		signInAs("ops");

		WebElement genaug = awaitGenaugHealthRow();
		List<WebElement> cells = genaug.findElements(By.tagName("td"));
		assertThat(cells.get(1).getText()).isEqualTo("UP");
		assertThat(cells.get(1).getDomAttribute("class")).contains("status-UP");
		assertThat(cells.get(2).getText()).contains("sdkVersion " + GeneralAugment.VERSION)
			.contains("apiBuild")
			.contains("genaug-mock")
			.contains("baseUrl");
		assertThat(find("error").isDisplayed()).isFalse();
	}

	@Test
	void runVerifyShowsTheVerdictAndAll21ChecksInGreen() {
		openPage();
		signInAs("ops");
		awaitGenaugHealthRow();

		runVerify();

		assertThat(find("verdict").getText()).isEqualTo("PASS");
		assertThat(find("verdict").getDomAttribute("class")).contains("status-PASS");
		List<WebElement> checks = checkRows();
		assertThat(checks).hasSize(21);
		assertThat(checks).allSatisfy((row) -> assertThat(row.getDomAttribute("class"))
			.as(row.getText())
			.isEqualTo("status-PASS"));
		assertThat(checks.get(0).getText()).startsWith("api_ready PASS");
		assertThat(find("readiness").getText()).isNotBlank();
		assertThat(find("sdk-version").getText()).isEqualTo("genaug-java " + GeneralAugment.VERSION);
		assertThat(find("api-build-sha").getText()).isNotBlank();
		assertThat(find("verify-error").isDisplayed()).isFalse();
		assertThat(this.driver.getPageSource()).as("no JSON dumped on the page").doesNotContain("\"checks\"");
	}

	@Test
	void theRecentCallsTableListsTheCallsOfAVerifyRun() {
		openPage();
		signInAs("ops");
		awaitGenaugHealthRow();

		runVerify();
		find("refresh").click();

		// The run's last check reads the tool-call audit; newest calls come first.
		List<List<String>> calls = this.wait.until((d) -> {
			List<List<String>> rows = recentRows().stream()
				.map((row) -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
				.toList();
			return rows.stream().anyMatch((row) -> row.contains("toolCallAudit")) ? rows : null;
		});
		assertThat(calls).allSatisfy((row) -> {
			assertThat(row).hasSize(8);
			assertThat(row.get(0)).as("time").endsWith("UTC");
			assertThat(row.get(2)).as("HTTP status").matches("\\d{3}|none");
		});
		assertThat(calls).filteredOn((row) -> row.get(1).equals("toolCallAudit"))
			.first()
			.satisfies((row) -> assertThat(row.get(2)).isEqualTo("200"));
	}

	@Test
	void aUserSeesTheForbiddenMessageAndNoData() {
		openPage();
		signInAs("alice");

		this.wait.until((d) -> find("error").isDisplayed());
		assertThat(find("error").getText()).isEqualTo(FORBIDDEN);
		assertThat(this.driver.findElements(By.cssSelector("#health-rows tr"))).isEmpty();
		assertThat(recentRows()).isEmpty();
		assertThat(this.driver.findElements(By.cssSelector("#recent-rows tr"))).isEmpty();
		assertThat(find("run-verify").isEnabled()).isFalse();
	}

	@Test
	void aCheckThatFailsOnThePlatformShowsRedWithAFailVerdict() {
		StubMapping emptySoul = this.mock.wireMock()
			.stubFor(get(urlEqualTo("/api/v1/admin/projects/proj_mock/soul")).atPriority(1)
				.willReturn(okJson("{\"content\":\"\",\"project_id\":\"proj_mock\"}")));
		try {
			openPage();
			signInAs("ops");
			awaitGenaugHealthRow();

			runVerify();

			assertThat(find("verdict").getText()).isEqualTo("FAIL");
			assertThat(find("verdict").getDomAttribute("class")).contains("status-FAIL");
			assertThat(checkRow("soul_visible").getDomAttribute("class")).isEqualTo("status-FAIL");
			assertThat(checkRow("soul_visible").getText()).contains("the project has no SOUL");
			assertThat(checkRows()).filteredOn((row) -> !row.getDomAttribute("data-name").equals("soul_visible"))
				.allSatisfy((row) -> assertThat(row.getDomAttribute("class")).as(row.getText()).isEqualTo("status-PASS"));
		}
		finally {
			this.mock.wireMock().removeStub(emptySoul);
		}
	}

	@Test
	void aRunThatCannotReportShowsWhyInsteadOfChecks() {
		openPage();
		signInAs("ops");
		awaitGenaugHealthRow();
		find("project").sendKeys("no-such-project");

		runVerify();

		assertThat(find("verdict").getText()).isEqualTo("ERROR");
		assertThat(find("verify-error").isDisplayed()).isTrue();
		assertThat(find("verify-error").getText()).contains("no-such-project");
		assertThat(find("checks-table").isDisplayed()).isFalse();
	}

	private void openPage() {
		this.driver.get("http://127.0.0.1:" + this.port + "/ops.html");
	}

	// Picking a user fills in the demo password, as the page does for a person.
	private void signInAs(String user) {
		new Select(find("username")).selectByValue(user);
		find("signin-button").click();
		this.wait.until((d) -> find("who").getText().equals(user));
	}

	private WebElement awaitGenaugHealthRow() {
		return this.wait.until((d) -> d.findElements(By.cssSelector("#health-rows tr[data-component='genaug']"))
			.stream()
			.findFirst()
			.orElse(null));
	}

	// The click clears the last outcome at once, so a verdict appearing afterwards is this run's.
	private void runVerify() {
		this.wait.until((d) -> find("run-verify").isEnabled());
		find("run-verify").click();
		this.wait.until((d) -> List.of("PASS", "FAIL", "ERROR").contains(find("verdict").getText()));
	}

	private List<WebElement> checkRows() {
		return this.driver.findElements(By.cssSelector("#check-rows tr"));
	}

	private WebElement checkRow(String name) {
		return this.driver.findElement(By.cssSelector("#check-rows tr[data-name='" + name + "']"));
	}

	private List<WebElement> recentRows() {
		return this.driver.findElements(By.cssSelector("#recent-rows tr.call"));
	}

	private WebElement find(String id) {
		return this.driver.findElement(By.id(id));
	}

}
