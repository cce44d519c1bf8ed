package nl.dekking.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report --plan}: the proposals go into the report folder, and report.html links each split to its own. */
class ReportPlanTest {

  @Test
  void report_plan_linksEveryGroupToSplitToItsProposalInPlanHtml(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("rapport");
    ReportCommandTest.Run r = ReportCommandTest.run("report", "--sample", "--plan", "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();

    String html = Files.readString(out.resolve("report.html"));
    String plan = Files.readString(out.resolve("plan.html"));
    assertThat(out.resolve("proposals.geojson")).isRegularFile();
    assertThat(out.resolve("proposals.csv")).isRegularFile();
    Matcher links = Pattern.compile("href=\"plan\\.html#(plan-[^\"]+)\"").matcher(html);
    int n = 0;
    while (links.find()) {
      assertThat(plan).as("plan.html has the section %s links to", links.group(1))
          .contains("id=\"" + links.group(1) + "\"");
      n++;
    }
    // one link per group the report advises to split (data-groups-needed on its advice)
    assertThat(n).isPositive().isEqualTo(countOf(html, "class=\"advice\" data-groups-needed"));
  }

  @Test
  void report_withoutPlan_linksToNoPlan(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("rapport");
    assertThat(ReportCommandTest.run("report", "--sample", "--out", out.toString()).exitCode()).isZero();
    assertThat(Files.readString(out.resolve("report.html"))).doesNotContain("plan.html#");
    assertThat(out.resolve("plan.html")).doesNotExist();
  }

  private static int countOf(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
