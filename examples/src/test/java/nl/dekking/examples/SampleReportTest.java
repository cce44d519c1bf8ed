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
import nl.dekking.report.ReportWriter;
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
  static Path out;

  @BeforeAll
  static void writeReport() {
    dataset = SampleData.load();
    report = CoverageAnalysis.withDefaults().analyse(dataset, GroupRules.heerenveen());
    out = dir.resolve("rapport");
    ReportWriter.of(Language.NL).withBackground(SampleMap.background()).write(report, out);
  }

  private static Group group(String id) {
    return dataset.groups().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void write_sample_adminsWithoutConsentInNoFile_municipalityOnlyInTheInternalPageAlone() throws Exception {
    Contact noConsent = group("OTT-02").admins().get(0);
    Contact municipalityOnly = group("OTT-04").admins().get(0);
    assertThat(noConsent.consent()).isEqualTo(Consent.NONE);
    assertThat(municipalityOnly.consent()).isEqualTo(Consent.MUNICIPALITY_ONLY);

    for (String name : ReportWriter.FILES) {
      String text = new String(Files.readAllBytes(out.resolve(name)), StandardCharsets.ISO_8859_1);
      assertThat(text).as(name).doesNotContain(noConsent.name(), noConsent.email(), noConsent.phone());
      if (!name.equals("report.html")) {
        assertThat(text).as(name).doesNotContain(municipalityOnly.name(), municipalityOnly.email(), municipalityOnly.phone());
      }
    }
    assertThat(Files.readString(out.resolve("report.html"))).contains(group("OTT-01").admins().get(0).name(),
        municipalityOnly.name());
  }

  @Test
  void write_sample_showsEveryKindOfFinding() throws Exception {
    String html = Files.readString(out.resolve("report.html"));

    assertThat(report.group("OTT-06").orElseThrow().capacityState()).isEqualTo(CapacityState.OVER_CAPACITY);
    assertThat(report.group("OTT-01").orElseThrow().capacityState()).isEqualTo(CapacityState.OK);
    assertThat(report.group("OTT-01").orElseThrow().needsSplit()).isTrue();
    assertThat(html).contains("Te veel leden", "splitsen aanbevolen", "Geen beheerder",
        "Niet openbaar (geen toestemming)", "Smalle strook tussen groepen", "data-overlap=\"OTT-02/OTT-03\"");
    assertThat(html).containsPattern("Buiten de kaart liggen nog [0-9]+ gebieden zonder groep met samen [0-9.]+ huishoudens \\(Otterlo: [0-9.]+, Wekerom: [0-9.]+\\)");
  }
}
