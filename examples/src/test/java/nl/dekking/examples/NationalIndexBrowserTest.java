package nl.dekking.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the national {@code index.html} of {@code report --per-gemeente} (three municipalities: coverage 60 %, 50 %,
 * 20 %) in headless Chromium: the table sorts on a click on a column header, and the page asks the network for
 * nothing. Skipped without chromium, except under {@code CI=true}.
 */
class NationalIndexBrowserTest {

  static final Path WORK = Path.of("target", "browser-test", "national");
  static HeadlessChromium chromium;
  static Path index;

  @BeforeAll
  static void writeNationalReport() throws Exception {
    var found = HeadlessChromium.find();
    if (found.isEmpty()) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("chromium is not installed, and CI=true requires the browser test: apt-get install -y chromium");
      }
      Assumptions.abort("chromium not found on PATH (or DEKKING_CHROMIUM): browser test skipped");
    }
    chromium = found.get();
    Path data = Files.createDirectories(WORK.resolve("data"));
    Path out = WORK.resolve("landelijk");
    ReportCommandTest.Run r = ReportCommandTest.run("report", "--per-gemeente", "--households",
        PerGemeenteTest.households(data).toString(), "--groups", PerGemeenteTest.groups(data).toString(),
        "--neighbourhoods", PerGemeenteTest.wijken(data).toString(), "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    index = out.resolve("index.html");
  }

  /** The page with clicks on column {@code column}'s header appended, as a user would make them. */
  private static Path clicking(int column, int clicks) throws Exception {
    String html = Files.readString(index, StandardCharsets.UTF_8);
    String click = "<script>for(var c=0;c<" + clicks + ";c++)document.querySelectorAll('#gemeenten th')[" + column
        + "].click();</script>\n</body>";
    Path page = index.resolveSibling("index-click-" + column + "-" + clicks + ".html");
    Files.writeString(page, html.replace("</body>", click), StandardCharsets.UTF_8);
    return page;
  }

  private static List<String> rowCodes(String dom) {
    String body = dom.substring(dom.indexOf("<tbody>"), dom.indexOf("</tbody>"));
    List<String> codes = new ArrayList<>();
    Matcher m = Pattern.compile("<tr><td>(GM\\d{4})</td>").matcher(body);
    while (m.find()) {
      codes.add(m.group(1));
    }
    return codes;
  }

  @Test
  void index_opened_listsTheMunicipalitiesInCodeOrder() throws Exception {
    assertThat(rowCodes(chromium.dumpDom(index, WORK).stdout())).containsExactly("GM0228", "GM0274", "GM0289");
  }

  @Test
  void index_clickOnCoverageHeader_sortsAscendingThenDescending() throws Exception {
    assertThat(rowCodes(chromium.dumpDom(clicking(4, 1), WORK).stdout()))
        .containsExactly("GM0289", "GM0274", "GM0228");
    assertThat(rowCodes(chromium.dumpDom(clicking(4, 2), WORK).stdout()))
        .containsExactly("GM0228", "GM0274", "GM0289");
  }

  @Test
  void index_opened_asksTheNetworkForNothing() throws Exception {
    assertThat(chromium.dumpDom(index, WORK).pageRequests()).isEmpty();
  }
}
