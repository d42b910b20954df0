// SPDX-License-Identifier: EPL-2.0
package org.chaxu.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * Each worked case's report in a real, headless Chromium, as a drafter sees it: the circles, the
 * standards matrix and the timelines are drawn; units, cells and interventions carry the colours
 * their findings give them (golden values below, with the finding that gives each); a click on a
 * unit shows its findings and its superiors; the table filters and sorts. The screenshots for the
 * README are taken here (target/screenshots/report-*.png, copied to docs/).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportInBrowserTest {

    static final String ERROR = "rgb(198, 40, 40)";
    static final String WARNING = "rgb(224, 138, 0)";
    static final String INFO = "rgb(31, 111, 181)";
    static final String NONE = "rgb(106, 168, 106)";
    static final String LOOSER = "rgb(227, 93, 93)";
    static final String STRICTER = "rgb(90, 164, 105)";
    static final Map<String, String> COLOUR = Map.of("error", ERROR, "warning", WARNING, "info", INFO, "none", NONE);

    Browser browser;
    final Map<String, Path> reports = new LinkedHashMap<>();

    @BeforeAll
    void generateReportsAndStartChromium() throws Exception {
        Browser.require("the " + java.util.Arrays.stream(getClass().getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Test.class)).count()
                + " browser tests of the HTML report");
        for (String example : List.of("prd-air", "jjj-air", "xian-xianyang-transport", "clean-region")) {
            reports.put(example, Chaxu.report(Chaxu.out().resolve("reports/" + example + ".html"), Chaxu.root().relativize(Chaxu.caseFile(Chaxu.root().resolve("examples"), example + ".chaxu")).toString()));
        }
        reports.put("prd-air-zh", Chaxu.report(Chaxu.out().resolve("reports/prd-air-zh.html"), "--lang", "zh", "examples/prd-air.chaxu"));
        browser = new Browser(1400, 1000);
    }

    @AfterAll
    void stopChromium() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void prdAirCirclesColourEachUnitByItsWorstFinding() throws Exception {
        open("prd-air");
        Map<String, String> expected = new TreeMap<>();
        // BASE-LOOSER, BASE-FIXED-ACTION + BASE-CONFLICT, BASE-SCHEDULE, BASE-UNITS, BASE-CIRCLE, BASE-CIRCLE
        for (String id : List.of("foshan", "dongguan", "zhaoqing", "jiangmen", "zhongshan", "huizhou")) {
            expected.put(id, "error");
        }
        // BASE-RAISED only: Guangdong's deadline, Guangzhou's and Shenzhen's limits
        for (String id : List.of("guangdong", "guangzhou", "shenzhen")) {
            expected.put(id, "info");
        }
        for (String id : List.of("central", "zhuhai", "shanwei", "heyuan")) {
            expected.put(id, "none");
        }
        assertEquals(expected, unitColours());
        assertEquals(ERROR, fill("#circles-svg circle.arrangement[data-id='szdh-circle']", "stroke"), "ARR-SUBSET on the circle");
        assertEquals(WARNING, fill("#circles-svg circle.arrangement[data-id='gf-integration']", "stroke"), "ARR-COORDINATOR");
        assertEquals(5, count("#circles-svg circle.arrangement"), "the conference, its three circles, Guangzhou–Foshan");
        browser.screenshot(Chaxu.out().resolve("screenshots/report-prd-air.png"), 1400, 2300);
    }

    @Test
    void prdAirMatrixColoursCellsAgainstTheirBaselineAfterConversion() {
        open("prd-air");
        // looser: Foshan's furniture limit (40 > 30 mg/m³), Zhaoqing's deadline (2016 > 2015)
        assertEquals(2, count("#matrix-table td.cell[data-strictness='LOOSER']"));
        // stricter: Guangzhou (35000 µg/m³ < 40 mg/m³), Shenzhen's limit and deadline, Guangdong's deadline (vs central),
        // the two circles' raised bars
        assertEquals(6, count("#matrix-table td.cell[data-strictness='STRICTER']"));
        assertEquals(1, count("#matrix-table td.cell[data-strictness='MISSING']"), "Dongguan has not adopted the fixed action");
        WebElement foshan = cellOf("foshan-voc-furniture");
        assertEquals(LOOSER, css(foshan, "background-color"));
        assertTrue(foshan.getText().contains("40 mg/m³") && foshan.getText().contains("+33%"), foshan.getText());
        WebElement guangzhou = cellOf("guangzhou-voc-auto");
        assertEquals(STRICTER, css(guangzhou, "background-color"));
        // equal across units: Zhongshan's 30000 µg/m³ is the province's 30 mg/m³
        assertEquals("EQUAL", cellOf("zhongshan-voc-furniture").getDomAttribute("data-strictness"));
        new Actions(browser.driver).moveToElement(foshan).perform();
        String tip = browser.driver.findElement(By.id("tooltip")).getText();
        assertTrue(tip.contains("30 mg/m³") && tip.contains("Guangdong provincial VOC emission standard, furniture manufacturing"), tip);
    }

    @Test
    void clickingAUnitShowsItsFindingsAndItsSuperiors() {
        open("prd-air");
        browser.driver.findElement(By.cssSelector("#circles-svg circle.unit[data-id='foshan']")).click();
        WebElement panel = browser.driver.findElement(By.id("unit-panel"));
        assertEquals("foshan", panel.getDomAttribute("data-unit"));
        List<WebElement> findings = panel.findElements(By.cssSelector("li.finding-item"));
        assertEquals(1, findings.size());
        assertEquals("BASE-LOOSER", findings.get(0).getDomAttribute("data-rule"));
        assertTrue(findings.get(0).getText().contains("40 mg/m³"), findings.get(0).getText());
        assertEquals(List.of("guangdong", "central"),
                panel.findElements(By.cssSelector("ol.chain-list li")).stream().map(e -> e.getDomAttribute("data-id")).toList());
        browser.driver.findElement(By.cssSelector("#circles-svg circle.unit[data-id='dongguan']")).click();
        assertEquals(3, panel.findElements(By.cssSelector("li.finding-item")).size());
    }

    @Test
    void theFindingsTableFiltersAndSorts() throws Exception {
        open("prd-air");
        assertEquals(Chaxu.expected("prd-air").size(), rows().size());
        new Select(browser.driver.findElement(By.id("filter-rule"))).selectByValue("BASE-CONFLICT");
        assertEquals(2, rows().size());
        new Select(browser.driver.findElement(By.id("filter-rule"))).selectByValue("");
        new Select(browser.driver.findElement(By.id("filter-severity"))).selectByValue("info");
        assertEquals(6, rows().size());
        new Select(browser.driver.findElement(By.id("filter-severity"))).selectByValue("");
        new Select(browser.driver.findElement(By.id("filter-where"))).selectByValue("dongguan");
        assertEquals(3, rows().size());
        new Select(browser.driver.findElement(By.id("filter-where"))).selectByValue("");
        browser.driver.findElement(By.cssSelector("#findings-table th[data-key='rule']")).click();
        List<String> rules = rows().stream().map(r -> r.getDomAttribute("data-rule")).toList();
        assertEquals(rules.stream().sorted().toList(), rules);
    }

    @Test
    void jjjAirTimelinesShowTheInterventionsByLevelTheEscalationAndTheFindings() throws Exception {
        open("jjj-air");
        assertEquals(5, count("svg.timeline"), "one timeline per negotiation");
        Map<String, String> expected = new TreeMap<>(Map.of(
                "bl-central-2018", "error", // ESC-ORDER, ESC-SKIP
                "tjhb-beijing-2018", "error", // ESC-NOT-SUPERIOR
                "jjj-leading-group-2018", "warning", // ESC-NO-EXIT
                "jjj-alerts-central-2020", "warning", // ESC-UNNECESSARY
                "jjj-olympics-central", "warning", // ESC-OVERSTAY
                "jjj-central-2016", "none", "bl-hebei-2019", "none"));
        Map<String, String> actual = new TreeMap<>();
        for (WebElement rect : browser.driver.findElements(By.cssSelector("svg.timeline rect.intervention"))) {
            String worst = rect.getDomAttribute("data-worst");
            actual.put(rect.getDomAttribute("data-id"), worst);
            if (!worst.equals("none")) {
                assertEquals(COLOUR.get(worst), css(rect, "stroke"), rect.getDomAttribute("data-id"));
            }
        }
        assertEquals(expected, actual);
        WebElement arrow = browser.driver.findElement(By.cssSelector("svg.timeline path.escalation"));
        assertEquals("bl-hebei-2019", arrow.getDomAttribute("data-from"));
        assertEquals("bl-central-2018", arrow.getDomAttribute("data-to"));
        assertEquals(List.of("ESC-ORDER", "ESC-SKIP"), browser.driver.findElements(By.cssSelector("g.badge[data-owner='bl-central-2018']"))
                .stream().map(b -> b.getDomAttribute("data-rule")).sorted().toList());
        // the central intervention in Baoding–Langfang sits in the central lane, Hebei's in the provincial one
        double central = Double.parseDouble(browser.driver.findElement(By.cssSelector("rect.intervention[data-id='bl-central-2018']")).getDomAttribute("y"));
        double hebei = Double.parseDouble(browser.driver.findElement(By.cssSelector("rect.intervention[data-id='bl-hebei-2019']")).getDomAttribute("y"));
        assertTrue(central < hebei, "the central lane above the provincial one");
        Map<String, String> units = unitColours();
        assertEquals("error", units.get("xiongan"), "ARR-HIERARCHY");
        assertEquals(1, units.values().stream().filter("error"::equals).count());
        browser.driver.findElement(By.cssSelector("#circles-svg circle.unit[data-id='xiongan']")).click();
        assertEquals("ARR-HIERARCHY", browser.driver.findElement(By.cssSelector("#unit-panel li.finding-item")).getDomAttribute("data-rule"));
        browser.screenshot(Chaxu.out().resolve("screenshots/report-jjj-air.png"), 1400, 2300);
    }

    @Test
    void xianXianyangTimelineAndTable() throws Exception {
        open("xian-xianyang-transport");
        assertEquals(1, count("svg.timeline"));
        assertEquals("error", browser.driver.findElement(By.cssSelector("rect.intervention[data-id='xx-central-whatif']"))
                .getDomAttribute("data-worst"), "ESC-SKIP");
        // the commitments' findings (RESP-*) and ESC-SUGGEST sit on the negotiation's own lane
        assertEquals(List.of("ESC-SUGGEST", "RESP-INCOMPLETE", "RESP-INCOMPLETE", "RESP-OVERDUE", "RESP-OVERDUE", "RESP-OVERDUE",
                "RESP-UNASSIGNED"), browser.driver.findElements(By.cssSelector(".badge[data-owner='xx-transport']")).stream()
                .map(b -> b.getDomAttribute("data-rule")).sorted().toList());
        assertEquals(Chaxu.expected("xian-xianyang-transport").size(), rows().size());
        assertTrue(unitColours().values().stream().allMatch("none"::equals), unitColours()::toString);
        browser.screenshot(Chaxu.out().resolve("screenshots/report-xian-xianyang-transport.png"), 1400, 2300);
    }

    @Test
    void theCleanRegionIsAllGreenAndEqual() {
        open("clean-region");
        assertTrue(unitColours().values().stream().allMatch("none"::equals), unitColours()::toString);
        assertEquals(0, count("#matrix-table td.cell[data-strictness='LOOSER']") + count("#matrix-table td.cell[data-strictness='MISSING']"));
        assertEquals(0, rows().size());
        assertEquals(0, count(".badge"));
    }

    @Test
    void theChineseReportSpeaksChinese() throws Exception {
        open("prd-air-zh");
        assertEquals("标准矩阵", browser.driver.findElement(By.cssSelector("#matrix h2")).getText());
        assertTrue(browser.driver.findElement(By.id("summary")).getText().contains("10 个错误"));
        browser.driver.findElement(By.cssSelector("#circles-svg circle.unit[data-id='foshan']")).click();
        String finding = browser.driver.findElement(By.cssSelector("#unit-panel li.finding-item")).getText();
        assertTrue(finding.contains("错误") && finding.contains("不能更松"), finding);
        browser.screenshot(Chaxu.out().resolve("screenshots/report-prd-air-zh.png"), 1400, 2300);
    }

    // ---------------------------------------------------------------------------------------------

    private void open(String report) {
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
        long ms = browser.open(reports.get(report));
        System.out.println("report " + report + ": drawn " + ms + " ms after navigation (script "
                + browser.driver.findElement(By.tagName("body")).getDomAttribute("data-render-ms") + " ms)");
    }

    /** Unit id → the colour class it is drawn with (every drawing of a unit agrees). */
    private Map<String, String> unitColours() {
        Map<String, String> colours = new TreeMap<>();
        for (WebElement circle : browser.driver.findElements(By.cssSelector("#circles-svg circle.unit"))) {
            String worst = circle.getDomAttribute("data-worst");
            String id = circle.getDomAttribute("data-id");
            String before = colours.put(id, worst);
            assertTrue(before == null || before.equals(worst), id);
            boolean group = circle.getDomAttribute("class").contains("group");
            assertEquals(COLOUR.get(worst), css(circle, group ? "stroke" : "fill"), id);
        }
        return colours;
    }

    private String fill(String selector, String property) {
        return css(browser.driver.findElement(By.cssSelector(selector)), property);
    }

    private String css(WebElement element, String property) {
        return (String) browser.js("return getComputedStyle(arguments[0]).getPropertyValue(arguments[1])", element, property);
    }

    private WebElement cellOf(String standard) {
        return browser.driver.findElement(By.cssSelector("#matrix-table td.cell[data-standards~='" + standard + "']"));
    }

    private int count(String selector) {
        return browser.driver.findElements(By.cssSelector(selector)).size();
    }

    private List<WebElement> rows() {
        return browser.driver.findElements(By.cssSelector("#findings-table tbody tr"));
    }
}
