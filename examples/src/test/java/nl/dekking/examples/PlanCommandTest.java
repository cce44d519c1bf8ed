package nl.dekking.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.dekking.examples.ReportCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {

  @Test
  void plan_sample_splitsEveryOversizedGroupAndWritesTheFourFiles(@TempDir Path dir) {
    Path out = dir.resolve("plan");
    Run r = ReportCommandTest.run("plan", "--sample", "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern("OTT-07 \\(87 households\\) -> 3 groups");
    assertThat(r.out()).containsPattern("plan: .*plan.html \\(7 groups split at 40 households per group");
    for (String name : new String[] {"proposals.geojson", "proposals.csv", "summary.json", "plan.html", ".dekking-plan"}) {
      assertThat(out.resolve(name)).exists();
    }
    assertThat(r.err()).contains("planning ...").containsPattern("0 over the cap");
  }

  @Test
  void plan_householdsPerGroup_changesTheCap(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("plan");
    Run r = ReportCommandTest.run("plan", "--sample", "--households-per-group", "100", "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("at 100 households per group");
    assertThat(r.out()).doesNotContain("OTT-07 (87 households)");
    assertThat(Files.readString(out.resolve("summary.json"))).contains("\"householdsPerGroup\" : 100");
  }

  @Test
  void plan_outIntoAFolderWithForeignFiles_isRefused(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("mine.txt"), "not a plan");
    Run r = ReportCommandTest.run("plan", "--sample", "--out", dir.toString());
    assertThat(r.exitCode()).isNotZero();
    assertThat(dir.resolve("mine.txt")).exists();
    assertThat(dir.resolve("plan.html")).doesNotExist();
  }
}
