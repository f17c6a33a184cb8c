package vn.cascade.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import vn.cascade.batch.IngestRunner;
import vn.cascade.pipeline.CascadeConfig;
import vn.cascade.testutil.Fixtures;

/**
 * The office's path through the page in a real browser: Debian's headless Chromium driven by
 * Selenium against the real server on a loopback port. Skipped where chromium and chromedriver are
 * not installed (./setup.sh installs them).
 */
class BrowserFunctionalTests {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    static ConfigurableApplicationContext app;
    static WebDriver browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "chromium and chromedriver are installed");
        Path data = Files.createTempDirectory("cascade-browser");
        // The five seeds and one scanned page, OCR'd by the batch, so the document page shows a scan.
        Path in = Files.createDirectories(data.resolve("in"));
        try (var seeds = Files.list(Fixtures.SEEDS)) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, in.resolve(seed.getFileName()));
            }
        }
        Files.copy(Path.of("corpus", "scans", "002-sample-p1.png"), in.resolve("002-sample-p1.png"));
        CascadeConfig config = CascadeConfig.standard().withInputs(List.of(in)).withDataDir(data.resolve("data"))
                .withThreads(1);
        IngestRunner.run(config, null);
        app = WebApplication.start(config, "127.0.0.1", 0);
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        base = "http://127.0.0.1:" + port;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The flags this workplace's closed network needs (no background connections, no sandbox as root).
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("cascade-chromium"), "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    private static void shot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void analyst_signsIn_searchesWithoutAccents_opensAPlan_theTree_andDownloadsTheComplianceCsv() throws Exception {
        // given: the sign-in page
        browser.get(base + "/");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.id("username")).sendKeys("analyst");
        browser.findElement(By.id("password")).sendKeys("analyst");
        browser.findElement(By.id("signin")).click();

        // when: a search typed without accents
        browser.findElement(By.id("q")).sendKeys("chi thi 50");
        browser.findElement(By.id("go")).click();
        shot("search");

        // then: accented text is found and marked
        assertThat(browser.findElements(By.tagName("mark"))).isNotEmpty();
        assertThat(browser.getPageSource()).contains("002_16dc449be3f50a1e.txt");

        // when: the city plan is opened
        browser.findElement(By.partialLinkText("002_16dc449be3f50a1e.txt")).click();
        shot("document");
        assertThat(browser.getPageSource()).contains("Nhiệm vụ").contains("50-CT/TW");

        // when: the scanned page, shown beside its restored text
        browser.get(base + "/doc/002-sample-p1.png");
        var page = browser.findElement(By.cssSelector("#scan img"));
        var js = (org.openqa.selenium.JavascriptExecutor) browser;
        js.executeScript("arguments[0].scrollIntoView()", page);
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20)).until(b ->
                Boolean.TRUE.equals(js.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", page)));
        shot("document-scan");

        // when: the tree
        browser.get(base + "/trace");
        shot("trace");
        assertThat(browser.getPageSource()).contains("50-CT/TW").contains("15-KH/TU").contains("16-KH/ĐU");

        // when: one task of the city plan followed down
        browser.findElement(By.xpath("//details[summary/strong[text()='15-KH/TU']]/details/summary")).click();
        browser.findElement(By.xpath("//details[summary/strong[text()='15-KH/TU']]/details//a[text()='theo dõi']")).click();
        shot("follow");
        assertThat(browser.findElement(By.id("chain")).getText()).contains("15-KH/TU");

        // when: compliance, and its CSV fetched with the browser's session
        browser.get(base + "/compliance?asOf=2026-06-30");
        shot("compliance");
        String csvHref = browser.findElement(By.id("csv")).getAttribute("href");
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(csvHref))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("kind,document,section,unit,text,evidence").contains("OVERDUE");
    }
}
