// SPDX-License-Identifier: EPL-2.0
package org.chaxu.report.tests;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver: no browser or driver is
 * downloaded, nothing goes over the network (the network is closed in CI), and each run starts
 * from a fresh profile that is deleted afterwards.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("chaxu.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("chaxu.chromedriver", "/usr/bin/chromedriver"));

    final ChromeDriver driver;
    private final Path profile;

    Browser(int width, int height) throws IOException {
        profile = Files.createTempDirectory("chaxu-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-extensions", "--disable-sync", "--force-device-scale-factor=1",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /**
     * Skips a browser test when Chromium or its driver is missing, saying so on the build's output;
     * with {@code CI} set it fails instead, so that a CI run can never pass the browser tests unseen.
     */
    static void require(String test) {
        if (available()) {
            return;
        }
        String why = "Debian's chromium and chromium-driver are not installed (" + CHROMIUM + ", " + CHROMEDRIVER
                + "; .ci/run installs them)";
        if (System.getenv("CI") != null) {
            org.junit.jupiter.api.Assertions.fail("CI is set but " + test + " cannot run: " + why);
        }
        System.err.println("SKIPPED: " + test + ": " + why);
        org.junit.jupiter.api.Assumptions.abort(why);
    }

    /** Opens a report and waits until its script has drawn everything; returns the milliseconds from navigation to drawn. */
    long open(Path html) {
        long start = System.nanoTime();
        driver.get(html.toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-rendered")));
        return (System.nanoTime() - start) / 1_000_000;
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** A screenshot of the page from its top, at most {@code maxHeight} pixels tall (the window is made that tall first). */
    void screenshot(Path png, int width, int maxHeight) throws IOException {
        long height = ((Number) js("return Math.ceil(document.documentElement.scrollHeight)")).longValue();
        driver.manage().window().setSize(new Dimension(width, (int) Math.min(height + 20, maxHeight)));
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(png.getParent());
        Files.copy(shot.toPath(), png, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
