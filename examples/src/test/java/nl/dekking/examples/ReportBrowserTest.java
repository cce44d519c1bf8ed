package nl.dekking.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import nl.dekking.analysis.CoverageAnalysis;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.analysis.GroupCoverage;
import nl.dekking.analysis.Language;
import nl.dekking.model.Dataset;
import nl.dekking.report.ReportWriter;
import nl.dekking.rules.CapacityState;
import nl.dekking.rules.GroupRules;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the sample's {@code report.html} in headless Chromium: the map and the tables render, and the page asks
 * the network for nothing. Runs whenever chromium is installed; under {@code CI=true} a missing chromium is a
 * failure, elsewhere the test is skipped with the reason. The report and the screenshot stay in
 * {@code target/browser-test/} for a look.
 */
class ReportBrowserTest {

  static final Path WORK = Path.of("target", "browser-test");

  static HeadlessChromium chromium;
  static CoverageReport report;
  static Dataset dataset;
  static Path html;

  @BeforeAll
  static void writeSampleReport() throws Exception {
    var found = HeadlessChromium.find();
    if (found.isEmpty()) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("chromium is not installed, and CI=true requires the browser test: apt-get install -y chromium");
      }
      Assumptions.abort("chromium not found on PATH (or DEKKING_CHROMIUM): browser test skipped; apt-get install chromium");
    }
    chromium = found.get();
    dataset = SampleData.load();
    report = CoverageAnalysis.withDefaults().analyse(dataset, GroupRules.heerenveen());
    ReportWriter.of(Language.NL).withBackground(SampleMap.background()).write(report, WORK.resolve("report"));
    html = WORK.resolve("report").resolve("report.html");
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  void report_inChromium_everyGroupOnTheMapAndInTheTable() throws Exception {
    String dom = chromium.dumpDom(html, WORK).stdout();

    List<String> ids = report.groups().stream().map(GroupCoverage::id).toList();
    assertThat(ids).hasSize(8);
    assertThat(all(Pattern.compile("<path[^>]*\\bdata-group-id=\"([^\"]+)\""), dom)).containsExactlyElementsOf(ids);
    assertThat(all(Pattern.compile("<tr[^>]*\\bdata-group-id=\"([^\"]+)\""), dom)).containsExactlyElementsOf(ids);
  }

  @Test
  void report_inChromium_gapListAndChecksRendered() throws Exception {
    String dom = chromium.dumpDom(html, WORK).stdout();

    long listedGaps = report.gapClusters().stream().filter(c -> c.householdCount() >= 3).count();
    assertThat(listedGaps).isGreaterThan(3);
    assertThat(all(Pattern.compile("<tr[^>]*\\bdata-gap-id=\"([^\"]+)\""), dom)).hasSize((int) listedGaps);
    assertThat(all(Pattern.compile("<tr[^>]*\\bdata-overlap=\"([^\"]+)\""), dom)).hasSize(report.overlaps().size())
        .contains("OTT-02/OTT-03");
    assertThat(all(Pattern.compile("<tr[^>]*\\bdata-finding=\"([^\"]+)\""), dom)).hasSize(report.findings().size())
        .contains("narrow-gap");
    assertThat(dom).contains("Voorbeeldgegevens");
  }

  @Test
  void report_inChromium_internalNoticeAndCapacityApartFromAdvice() throws Exception {
    String dom = chromium.dumpDom(html, WORK).stdout();

    assertThat(dom).contains("data-audience=\"internal\"", "Intern — niet publiceren");
    long over = report.groups().stream().filter(g -> g.capacityState() == CapacityState.OVER_CAPACITY).count();
    long split = report.groups().stream().filter(GroupCoverage::needsSplit).count();
    assertThat(dom).containsPattern("data-figure=\"over-capacity\"><span class=\"label\">[^<]*</span><span class=\"figure\">"
        + over + "<");
    assertThat(dom).containsPattern("data-figure=\"advice-split\"><span class=\"label\">[^<]*</span><span class=\"figure\">"
        + split + "<");
    assertThat(all(Pattern.compile("<p class=\"advice\" data-groups-needed=\"([0-9]+)\""), dom)).hasSize((int) split);
  }

  @Test
  void report_inChromium_noRequestLeavesThePage() throws Exception {
    List<String> requests = chromium.dumpDom(html, WORK).pageRequests();

    assertThat(requests).isEmpty();
  }

  @Test
  void pageRequests_pageThatLoadsFromTheWeb_requestsSeen() throws Exception {
    // the control for the test above: the net log does show a page's own requests
    Path leaking = WORK.resolve("leaking.html");
    Files.createDirectories(WORK);
    Files.writeString(leaking, "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"https://cdn.example.org/x.css\">"
        + "</head><body><img src=\"http://tiles.example.org/1.png\"></body></html>");

    List<String> requests = chromium.dumpDom(leaking, WORK).pageRequests();

    assertThat(requests).contains("https://cdn.example.org/x.css", "http://tiles.example.org/1.png");
  }

  @Test
  void report_screenshot_mapDrawnWithUncoveredHouseholdsInRed() throws Exception {
    Path png = WORK.resolve("report-screenshot.png");
    Files.deleteIfExists(png);

    HeadlessChromium.Run run = chromium.screenshot(html, WORK, png, 1400, 2000);

    assertThat(run.pageRequests()).isEmpty();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1400);
    int red = 0;
    int tinted = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (r > 190 && g < 70 && b < 70) {
          red++;
        }
        if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 40) {
          tinted++;
        }
      }
    }
    // hundreds of uncovered households as red dots, and large coloured group areas
    assertThat(red).isGreaterThan(500);
    assertThat(tinted).isGreaterThan(100_000);
  }

  @Test
  void report_withMemberList_memberCountsRenderedInChromiumWithoutAddresses() throws Exception {
    // Arnhemseweg 96, Otterlo lies outside OTT-08; under Harlingen's rules both members there are violations
    List<nl.dekking.members.Member> members = nl.dekking.members.MemberList.read(
        Files.writeString(Files.createDirectories(WORK).resolve("leden.csv"), "OTT-08;6731BV;96\nOTT-08;6731BV;96\n"
            + "OTT-08;9876QZ;321\n"));
    nl.dekking.members.MemberCheck check = nl.dekking.members.MemberChecker.check(
        nl.dekking.index.CoverageMap.of(dataset.groups()), dataset.households(), members, GroupRules.harlingen());
    CoverageReport counted = CoverageAnalysis.withDefaults().analyse(check.applyTo(dataset), GroupRules.harlingen());
    Path dir = WORK.resolve("report-members");
    ReportWriter.of(Language.EN).withMembers(check).write(counted, dir);

    String dom = chromium.dumpDom(dir.resolve("report.html"), WORK).stdout();

    assertThat(dom).contains("<h2>Member list</h2>");
    assertThat(dom).containsPattern("<tr data-member-group=\"OTT-08\"><th scope=\"row\">OTT-08 De Dennen</th>"
        + "<td class=\"num\">27</td><td class=\"num\">3</td><td class=\"num\">2</td><td class=\"num\">1</td>"
        + "<td class=\"num\">1</td><td class=\"num\">2</td></tr>");
    assertThat(dom).doesNotContain("9876QZ").doesNotContain("6731BV");
  }
}
