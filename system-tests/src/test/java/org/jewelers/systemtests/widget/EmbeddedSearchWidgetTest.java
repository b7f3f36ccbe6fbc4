package org.jewelers.systemtests.widget;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jewelers.systemtests.RunningSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search widget embedded in a partner's page on a second origin, in a real browser: the gateway's CORS, partner
 * keys and allowed origins as a partner's visitors meet them. Also takes the README's screenshots of the widget and
 * its map ({@link Screenshots}).
 */
class EmbeddedSearchWidgetTest {

    private static final Path SCREENSHOT = Screenshots.of("widget.png");
    private static final Path MAP_SCREENSHOT = Screenshots.of("widget-map.png");

    private static PartnerSite partner;
    private static Path profile;
    private static ChromeDriver browser;

    @BeforeAll
    static void openBrowser() throws IOException {
        HeadlessChromium.requireInstalled();
        partner = new PartnerSite(RunningSystem.gatewayUrl());
        profile = Files.createTempDirectory("chromium-profile-");
        browser = HeadlessChromium.start(profile);
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (partner != null) {
            partner.close();
        }
        if (profile != null) {
            try (Stream<Path> paths = Files.walk(profile)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void aVisitorSearchesByZipWithTheKeyboardOnlyAndReadsTheNearestJewelers() throws IOException {
        browser.get(partner.pageUrl(newKey(partner.origin()).getString("secret"), null));
        SearchContext widget = widget();

        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertEquals("place", focusedFieldInWidget(), "the first Tab reaches the ZIP field");
        new Actions(browser).sendKeys("10001", Keys.ENTER).perform();

        List<WebElement> firms = waitFor().until(ignored -> {
            List<WebElement> found = widget.findElements(By.cssSelector("li.firm"));
            return found.isEmpty() ? null : found;
        });
        List<Double> distances = firms.stream()
                .map(firm -> Double.parseDouble(firm.findElement(By.cssSelector(".distance")).getText()
                        .replace(" mi", "")))
                .toList();
        assertTrue(distances.stream().allMatch(distance -> distance <= 25), "within 25 miles: " + distances);
        assertEquals(distances.stream().sorted().toList(), distances, "nearest first");
        firms.forEach(firm -> {
            assertFalse(firm.findElement(By.cssSelector("h3")).getText().isBlank(), "every result names its firm");
            assertFalse(firm.findElement(By.cssSelector(".address")).getText().isBlank(), "and its address");
        });
        assertTrue(widget.findElement(By.cssSelector("[role=status]")).getText().contains("found near 10001"),
                "the live region announces the results");

        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, browser.findElement(By.tagName("jeweler-search")).getScreenshotAs(OutputType.BYTES));
    }

    /** Shoppers meet retailers unless the partner's page names other kinds; the API itself answers every kind. */
    @Test
    void theWidgetFindsRetailersUnlessThePageNamesOtherKinds() {
        String key = newKey(partner.origin()).getString("secret");
        List<String> retailers = firmsFromTheApi("retailer");
        List<String> others = firmsFromTheApi("supplier", "manufacturer");
        assertFalse(retailers.isEmpty() || others.isEmpty(), "the demo has firms of both sorts near 10001");

        browser.get(partner.pageUrl(key, "10001"));
        assertEquals(retailers, firmsShown(), "retailers only by default");
        browser.get(partner.pageUrl(key, "10001", "supplier manufacturer"));
        assertEquals(others, firmsShown(), "the kinds the page names");
    }

    /**
     * The map view on tiles from the server the page names (the test's own): the search's firms as clusters or pins
     * whose counts add up to the map API's total, and nothing asked of any origin but the page's, the gateway's and
     * the tile server's.
     */
    @Test
    void theMapViewShowsTheFirmsOnTilesFromTheServerThePageNames() throws IOException {
        try (TileServer tiles = new TileServer()) {
            String key = newKey(partner.origin()).getString("secret");
            browser.get(partner.pageUrl(key, "10001",
                    Map.of("map", "", "tiles", tiles.template(), "tiles-attribution", "Test tiles")));

            Map<String, Object> drawn = mapDrawnAfterTheSearch(true);
            assertEquals(drawn.get("total"), drawn.get("counted"), "clusters and pins count every firm: " + drawn);
            assertTrue(tiles.tilesServed() > 0, "tiles came from the page's tile server");
            assertTrue(widget().findElement(By.cssSelector(".leaflet-control-attribution")).getText()
                    .contains("Test tiles"), "with the attribution the page gives");
            assertEquals(Set.of(partner.origin(), RunningSystem.gatewayUrl(), tiles.origin()), originsAsked());

            Files.createDirectories(MAP_SCREENSHOT.getParent());
            Files.write(MAP_SCREENSHOT,
                    browser.findElement(By.tagName("jeweler-search")).getScreenshotAs(OutputType.BYTES));
        }
    }

    @Test
    void withoutATileServerTheMapAsksNoOneButTheGateway() {
        browser.get(partner.pageUrl(newKey(partner.origin()).getString("secret"), "10001", Map.of("map", "")));

        Map<String, Object> drawn = mapDrawnAfterTheSearch(false);
        assertEquals(drawn.get("total"), drawn.get("counted"), drawn.toString());
        assertEquals(Set.of(partner.origin(), RunningSystem.gatewayUrl()), originsAsked());
    }

    /**
     * What the map shows once it has moved to the search's firms (zoomed in from the country it starts on) and drawn
     * them: the total its answer gave, the firms its markers count, and (when tiled) its tiles all loaded.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapDrawnAfterTheSearch(boolean tiled) {
        widget();
        return waitFor().until(driver -> {
            Map<String, Object> drawn = (Map<String, Object>) browser.executeScript("""
                    const root = document.querySelector('jeweler-search').shadowRoot;
                    const map = root.querySelector('.map');
                    const clusters = [...root.querySelectorAll('.cluster')].map(c => Number(c.textContent));
                    const pins = root.querySelectorAll('path.pin').length;
                    const tiles = [...root.querySelectorAll('img.leaflet-tile')];
                    return { zoom: Number(map.dataset.zoom || 0), total: Number(map.dataset.total || -1),
                             counted: clusters.reduce((a, b) => a + b, 0) + pins, markers: clusters.length + pins,
                             tiles: tiles.length,
                             tilesLoaded: tiles.every(t => t.complete && t.naturalWidth > 0) };""");
            boolean searched = ((Number) drawn.get("zoom")).intValue() >= 8
                    && ((Number) drawn.get("markers")).intValue() > 0;
            int tiles = ((Number) drawn.get("tiles")).intValue();
            boolean tilesReady = tiled ? tiles > 0 && (Boolean) drawn.get("tilesLoaded") : tiles == 0;
            return searched && tilesReady ? drawn : null;
        });
    }

    /** Every origin the page has fetched anything from: scripts, styles, API calls, images. */
    @SuppressWarnings("unchecked")
    private static Set<String> originsAsked() {
        List<String> origins = (List<String>) browser.executeScript(
                "return performance.getEntriesByType('resource').map(e => new URL(e.name).origin)");
        return Set.copyOf(origins);
    }

    @Test
    void aRevokedKeyShowsWhyTheSearchIsUnavailable() {
        JsonPath key = newKey(partner.origin());
        given().spec(RunningSystem.gateway()).auth().oauth2(RunningSystem.tokens().staff())
                .delete("/api/v1/api-keys/" + key.getString("key.id"))
                .then().statusCode(204);

        browser.get(partner.pageUrl(key.getString("secret"), "10001"));

        assertTrue(errorShown().contains("unknown or has been revoked"));
    }

    @Test
    void aKeyUsedFromAnOriginItDoesNotAllowShowsWhy() {
        browser.get(partner.pageUrl(newKey("https://elsewhere.example").getString("secret"), "10001"));

        String error = errorShown();
        assertTrue(error.contains("does not allow this address"), error);
        assertTrue(error.contains("may not be used from " + partner.origin()), "the gateway's detail: " + error);
    }

    @Test
    void theDemoPageShowsTheSnippetAndTheWidgetWorkingWithTheDemoKey() {
        browser.get(RunningSystem.widgetDemoUrl());

        SearchContext widget = widget();
        waitFor().until(ignored -> !widget.findElements(By.cssSelector("li.firm")).isEmpty());
        assertTrue(browser.findElement(By.id("snippet")).getText()
                .contains(RunningSystem.gatewayUrl() + "/embed/jeweler-search.js"));
    }

    /** The names on the widget's first page, once its search has answered. */
    private static List<String> firmsShown() {
        SearchContext widget = widget();
        waitFor().until(ignored -> widget.findElement(By.cssSelector("[role=status]")).getText().contains("found near"));
        return widget.findElements(By.cssSelector("li.firm h3")).stream()
                .map(heading -> heading.getAttribute("textContent"))
                .toList();
    }

    /**
     * The first page of the widget's search, asked of the API directly (ZIP 10001 within 25 miles), each name as the
     * widget's heading reads: followed by its "Hiring" mark when the firm is hiring.
     */
    private static List<String> firmsFromTheApi(String... kinds) {
        var request = given().spec(RunningSystem.gateway()).queryParam("zip", "10001").queryParam("radius", "25")
                .queryParam("page", 0).queryParam("size", 10);
        for (String kind : kinds) {
            request = request.queryParam("kind", kind);
        }
        List<Map<String, Object>> firms = request.get("/api/v1/members").then().statusCode(200)
                .extract().path("items.member");
        return firms.stream().map(firm -> firm.get("name") + (Boolean.TRUE.equals(firm.get("hiring")) ? "Hiring" : ""))
                .toList();
    }

    private static JsonPath newKey(String allowedOrigin) {
        return given().spec(RunningSystem.gateway()).auth().oauth2(RunningSystem.tokens().staff())
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "Widget browser test", "type": "browser", "allowedOrigins": ["%s"],
                         "requestsPerMinute": 600, "requestsPerDay": 10000}
                        """.formatted(allowedOrigin))
                .post("/api/v1/api-keys")
                .then().statusCode(201)
                .extract().jsonPath();
    }

    /** The widget's shadow root, once the script has defined the element and rendered its form. */
    private static SearchContext widget() {
        return waitFor().until(driver -> {
            SearchContext root = driver.findElement(By.tagName("jeweler-search")).getShadowRoot();
            return root.findElements(By.cssSelector("form")).isEmpty() ? null : root;
        });
    }

    private static String errorShown() {
        SearchContext widget = widget();
        return waitFor().until(ignored -> {
            WebElement error = widget.findElement(By.cssSelector("[role=alert]"));
            return error.isDisplayed() ? error.getText() : null;
        });
    }

    /** Focus inside a shadow root shows on the document only as the host element, so ask the root. */
    private static String focusedFieldInWidget() {
        return (String) browser.executeScript("""
                const focused = document.activeElement.shadowRoot?.activeElement;
                return focused ? focused.name : null;""");
    }

    private static WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }
}
