package org.jewelers.systemtests.widget;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jewelers.systemtests.RunningSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The gateway's results gallery in a real browser, over the demo's past editions: what a newcomer sees at /gallery/
 * after ./run.sh. Also takes the README's screenshot of it ({@link Screenshots}).
 */
class ResultsGalleryTest {

    private static final Path SCREENSHOT = Screenshots.of("gallery.png");

    private static Path profile;
    private static ChromeDriver browser;

    @BeforeAll
    static void openBrowser() throws IOException {
        HeadlessChromium.requireInstalled();
        profile = Files.createTempDirectory("chromium-profile-");
        browser = HeadlessChromium.start(profile);
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> paths = Files.walk(profile)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void aVisitorSeesLastYearsWinnersAndHonoreesWithTheirPictures() throws IOException {
        browser.get(RunningSystem.gatewayUrl() + "/gallery/");
        int lastYear = LocalDate.now().getYear() - 1;

        WebElement cases = waitFor().until(ignored -> section("CASE Awards " + lastYear));
        WebElement honorees = waitFor().until(ignored -> section("20 Under 40, class of " + lastYear));
        waitFor().until(ignored -> imagesLoaded());

        List<String> winners = cases.findElements(By.cssSelector("li.card")).stream()
                .filter(card -> card.findElement(By.cssSelector(".badge")).getText().equalsIgnoreCase("winner"))
                .map(card -> card.findElement(By.cssSelector(".title")).getText()).toList();
        assertTrue(winners.contains("Harbor Light Ring"), "a retailer category's winner: " + winners);
        assertTrue(winners.contains("Aurora Drop"), "a supplier category's winner: " + winners);
        assertTrue(cases.getText().contains("Maren Holt"), "the designer credit");
        assertTrue(cases.findElements(By.cssSelector("li.card img")).size() >= 8,
                "every winner and finalist with its picture");

        List<String> names = honorees.findElements(By.cssSelector("li.card .name")).stream()
                .map(WebElement::getText).toList();
        assertTrue(names.containsAll(List.of("Amara Okafor", "Kenji Watanabe")), "honorees of both lists: " + names);
        assertTrue(honorees.getText().contains("teaches CAD to apprentices"), "with their citations");
        assertTrue(honorees.findElements(By.cssSelector("li.card img")).size() >= 6, "and their photos");

        // The whole page, as tall as it is, for the README.
        Number height = (Number) browser.executeScript(
                "return document.documentElement.scrollHeight + window.outerHeight - window.innerHeight");
        browser.manage().window().setSize(new Dimension(1000, Math.min(height.intValue() + 16, 4000)));
        waitFor().until(ignored -> imagesLoaded());
        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, browser.getScreenshotAs(OutputType.BYTES));
    }

    /** The edition's section once rendered, or null while the page is still loading. */
    private static WebElement section(String title) {
        return browser.findElements(By.cssSelector("section.edition")).stream()
                .filter(section -> section.findElement(By.tagName("h2")).getText().equals(title))
                .findFirst().orElse(null);
    }

    /** Every picture on the page has arrived and decoded: none broken, none still loading. */
    private static boolean imagesLoaded() {
        return Boolean.TRUE.equals(browser.executeScript("""
                const images = [...document.querySelectorAll('li.card img')];
                return images.length > 0 && images.every(img => img.complete && img.naturalWidth > 0);"""));
    }

    private static WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }
}
