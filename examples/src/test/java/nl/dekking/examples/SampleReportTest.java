package nl.dekking.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.dekking.analysis.CoverageAnalysis;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.analysis.Language;
import nl.dekking.model.Consent;
import nl.dekking.model.Contact;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.report.html.HtmlReport;
import nl.dekking.rules.CapacityState;
import nl.dekking.rules.GroupRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report on the bundled sample: every kind of finding shows, and no contact without consent leaks. */
class SampleReportTest {

  @TempDir
  static Path dir;
  static Dataset dataset;
  static CoverageReport report;
  static HtmlReport.Files files;

  @BeforeAll
  static void writeReport() {
    dataset = SampleData.load();
    report = CoverageAnalysis.withDefaults().analyse(dataset, GroupRules.heerenveen());
    files = HtmlReport.write(report, dataset, SampleMap.background(), Language.NL, dir);
  }

  private static Group group(String id) {
    return dataset.groups().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void write_sample_adminsWithoutPublicConsentInNoFile() throws Exception {
    Contact noConsent = group("OTT-02").admins().get(0);
    Contact municipalityOnly = group("OTT-04").admins().get(0);
    assertThat(noConsent.consent()).isEqualTo(Consent.NONE);
    assertThat(municipalityOnly.consent()).isEqualTo(Consent.MUNICIPALITY_ONLY);

    for (Path file : List.of(files.html(), files.svg(), files.png(), files.geojson(), files.kml())) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      for (Contact hidden : List.of(noConsent, municipalityOnly)) {
        assertThat(text).as(file.getFileName().toString()).doesNotContain(hidden.name(), hidden.email(), hidden.phone());
      }
    }
    assertThat(Files.readString(files.html())).contains(group("OTT-01").admins().get(0).name());
  }

  @Test
  void write_sample_showsEveryKindOfFinding() throws Exception {
    String html = Files.readString(files.html());

    assertThat(report.group("OTT-06").orElseThrow().capacityState()).isEqualTo(CapacityState.OVER_CAPACITY);
    assertThat(report.group("OTT-01").orElseThrow().capacityState()).isEqualTo(CapacityState.AREA_EXCEEDS_CAPACITY);
    assertThat(html).contains("Te veel leden", "Gebied te groot: splitsen in", "Geen beheerder",
        "Niet openbaar (geen toestemming)", "Smalle strook tussen groepen", "data-overlap=\"OTT-02/OTT-03\"");
    assertThat(html).containsPattern("Buiten de kaart liggen nog [0-9]+ gebieden zonder groep met samen [0-9.]+ huishoudens \\(Otterlo: [0-9.]+, Wekerom: [0-9.]+\\)");
  }
}
