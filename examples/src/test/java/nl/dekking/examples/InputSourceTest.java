package nl.dekking.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.dekking.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The shared source options of {@code report} and {@code plan}: what they load and which files they count as read. */
class InputSourceTest {

  private static ReportCommand report(String... args) {
    ReportCommand command = new ReportCommand();
    new CommandLine(command).parseArgs(args);
    return command;
  }

  private static PlanCommand plan(String... args) {
    PlanCommand command = new PlanCommand();
    new CommandLine(command).parseArgs(args);
    return command;
  }

  @Test
  void files_sample_isEmpty() {
    assertThat(report("--sample").source.files()).isEmpty();
    assertThat(plan("--sample").source.files()).isEmpty();
  }

  @Test
  void files_reportWithOptionalFiles_listsEveryFileGivenInHelpOrder() {
    ReportCommand r = report("--neighbourhoods", "n.geojson", "--groups", "g.geojson", "--households", "h.gpkg",
        "--streets", "s.gpkg", "--layer", "adres");
    assertThat(r.source.files()).containsExactly(Path.of("h.gpkg"), Path.of("g.geojson"), Path.of("s.gpkg"),
        Path.of("n.geojson"));
  }

  @Test
  void files_plan_listsAddressesThenGroups() {
    assertThat(plan("--groups", "g.geojson", "--households", "h.csv").source.files())
        .containsExactly(Path.of("h.csv"), Path.of("g.geojson"));
  }

  @Test
  void load_planFiles_readsAddressesAndGroupsNamedAfterTheAddressesFile(@TempDir Path dir) throws Exception {
    Path households = copy(dir, SampleData.ADDRESSES);
    Path groups = copy(dir, SampleData.GROUPS);
    Dataset d = plan("--households", households.toString(), "--groups", groups.toString()).source.load();
    assertThat(d.name()).isEqualTo(SampleData.ADDRESSES);
    assertThat(d.households()).hasSameSizeAs(SampleData.households());
    assertThat(d.groups()).hasSameSizeAs(SampleData.groups());
    assertThat(d.streets()).isEmpty();
    assertThat(d.neighbourhoods()).isEmpty();
  }

  @Test
  void rulesFiles_preset_isEmptyInAnyCase() {
    assertThat(report("--sample").rules.files()).isEmpty();
    assertThat(plan("--sample", "--rules", "Harlingen").rules.files()).isEmpty();
    assertThat(plan("--sample", "--rules", "HARLINGEN").rules.read().name()).isEqualTo("Harlingen");
  }

  @Test
  void rulesFiles_jsonFile_isThatFile() {
    assertThat(report("--sample", "--rules", "regels.json").rules.files()).containsExactly(Path.of("regels.json"));
  }

  @Test
  void rulesRead_missingFile_namesTheValue() {
    assertThatThrownBy(() -> plan("--sample", "--rules", "nope.json").rules.read())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--rules must be heerenveen, harlingen or a JSON file; no file nope.json");
  }

  private static Path copy(Path dir, String name) throws Exception {
    try (InputStream in = SampleData.open(name)) {
      Path file = dir.resolve(name);
      Files.copy(in, file);
      return file;
    }
  }
}
