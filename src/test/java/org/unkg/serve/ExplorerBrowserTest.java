package org.unkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.unkg.fixtures.Trees;

/**
 * The explorer in a real browser: Debian's headless Chromium driven through its chromedriver (both installed by
 * {@code .ci/run}; nothing is downloaded). Without them this test fails, so that CI cannot pass without it; the
 * rest of the suite runs either way. Screenshots go to {@code target/screenshots/}.
 */
class ExplorerBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static SeedsServer seeds;
    private static WebDriver browser;
    private static Path profile;

    @BeforeAll
    static void serveTheSeedsAndStartChromium() throws IOException {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium "
                        + "chromium-driver (.ci/run does)");
        seeds = SeedsServer.start();
        profile = Files.createTempDirectory("unkg-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (seeds != null) {
            seeds.stop();
        }
        if (profile != null) {
            Trees.delete(profile);
        }
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private static void screenshot(String name) throws IOException {
        File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Nothing the page did was refused by the Content-Security-Policy, and no script failed. */
    private static void noErrorsInTheConsole(String where) {
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::getMessage).filter(m -> !m.contains("favicon.ico")).toList();
        assertEquals(List.of(), errors, where);
    }

    @Test
    void searchOpenAResolutionFollowACitationExpandTheGraphAndOpenTimelineRankingsAndSparql() throws IOException {
        browser.get(seeds.url());
        WebElement box = browser.findElement(By.name("q"));
        box.sendKeys("53/97");
        box.submit();
        waiting().until(d -> !d.findElements(By.cssSelector("a.hit-link")).isEmpty());
        screenshot("1-search");
        browser.findElement(By.cssSelector("a.hit-link")).click();
        waiting().until(d -> d.findElement(By.tagName("h1")).getText().equals("A/RES/53/97"));
        screenshot("2-resolution");
        noErrorsInTheConsole("resolution page");

        browser.findElement(By.id("mention-2220-2257")).click();
        waiting().until(d -> d.findElement(By.tagName("h1")).getText().equals("A/RES/35/168"));
        assertTrue(browser.getCurrentUrl().endsWith("/explore/A/RES/35/168"), browser.getCurrentUrl());
        screenshot("3-cited-resolution");

        browser.findElement(By.linkText("Graph")).click();
        waiting().until(d -> nodes() > 1);
        int before = nodes();
        new Select(browser.findElement(By.id("expand-node"))).selectByVisibleText("A/RES/53/97");
        browser.findElement(By.id("expand")).click();
        waiting().until(d -> nodes() > before);
        new Select(browser.findElement(By.id("f-organ"))).selectByValue("ga");
        assertTrue(browser.findElement(By.id("graph-status")).getText().contains("nodes shown"));
        assertTrue(browser.getCurrentUrl().endsWith("?organ=ga"), "a filtered graph is linkable");
        screenshot("4-graph");
        noErrorsInTheConsole("graph");
        browser.navigate().refresh();
        waiting().until(d -> nodes() > 1);
        assertEquals("ga", new Select(browser.findElement(By.id("f-organ"))).getFirstSelectedOption()
                .getAttribute("value"), "the link restores the filter");

        browser.navigate().back();
        waiting().until(d -> d.findElement(By.tagName("h1")).getText().equals("A/RES/35/168"));
        browser.findElement(By.id("timeline-link")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#timeline li.successor")).isEmpty());
        assertTrue(browser.findElement(By.id("timeline")).getText().contains("1998"), "53/97's year");
        screenshot("5-timeline");
        noErrorsInTheConsole("timeline");

        browser.findElement(By.linkText("Rankings")).click();
        waiting().until(d -> d.findElements(By.cssSelector("#rankings tr")).size() > 1);
        assertTrue(browser.findElement(By.id("rankings")).getText().contains("A/RES/35/168"));
        screenshot("6-rankings");

        browser.findElement(By.linkText("SPARQL")).click();
        waiting().until(d -> !d.findElements(By.cssSelector(".CodeMirror")).isEmpty());
        browser.findElement(By.id("run")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#results-table tr")).isEmpty());
        screenshot("7-sparql");
        noErrorsInTheConsole("SPARQL editor");
    }

    private static int nodes() {
        Object n = ((JavascriptExecutor) browser).executeScript(
                "return window.unkgGraph ? window.unkgGraph.nodes().length : 0;");
        return ((Number) n).intValue();
    }
}
