package nl.dekking.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.dekking.analysis.AnalysisSettings;
import nl.dekking.analysis.CoverageAnalysis;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.analysis.Language;
import nl.dekking.analysis.MunicipalitySplit;
import nl.dekking.analysis.ThreeMunicipalities;
import nl.dekking.rules.GroupRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NationalReportWriterTest {

  static MunicipalitySplit split;

  @TempDir
  Path dir;

  @BeforeAll
  static void split() {
    split = MunicipalitySplit.of(ThreeMunicipalities.dataset());
  }

  private NationalReportWriter.Result write(Path out) {
    return NationalReportWriter.of(ReportWriter.of(Language.NL), Language.NL)
        .write(split, GroupRules.heerenveen(), AnalysisSettings.defaults(), out, line -> { });
  }

  @Test
  void write_threeMunicipalities_writesAFullReportIntoEachMunicipalityFolder() throws IOException {
    Path out = dir.resolve("landelijk");
    write(out);

    for (String code : List.of("GM0001", "GM0002", "GM0003")) {
      for (String file : ReportWriter.FILES) {
        assertThat(out.resolve(code).resolve(file)).as(code + "/" + file).isRegularFile();
      }
    }
    JsonNode gm2 = new ObjectMapper().readTree(out.resolve("GM0002/summary.json").toFile());
    assertThat(gm2.get("households").asInt()).isEqualTo(100);
    assertThat(Files.readString(out.resolve("GM0002/report.html"), StandardCharsets.UTF_8)).contains("Beekdal");
    try (Stream<Path> top = Files.list(out)) {
      assertThat(top.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("GM0001", "GM0002", "GM0003", "index.html", "summary.json",
              NationalReportWriter.MARKER);
    }
  }

  @Test
  void write_summary_hasNationalTotalsOneRowPerMunicipalityAndEveryGroupSummedOverMunicipalities() throws IOException {
    Path out = dir.resolve("landelijk");
    NationalReportWriter.Result result = write(out);
    JsonNode s = new ObjectMapper().readTree(out.resolve("summary.json").toFile());

    assertThat(s.get("households").asInt()).isEqualTo(301);
    assertThat(s.get("outsideEveryMunicipality").asInt()).isEqualTo(1);
    assertThat(s.get("municipalityCount").asInt()).isEqualTo(3);
    List<String> codes = new ArrayList<>();
    int households = 0;
    for (JsonNode m : s.get("municipalities")) {
      codes.add(m.get("code").asText());
      households += m.get("households").asInt();
      assertThat(m.get("report").asText()).isEqualTo(m.get("code").asText() + "/report.html");
    }
    assertThat(codes).containsExactly("GM0001", "GM0002", "GM0003");
    assertThat(households).isEqualTo(301);
    JsonNode a = null;
    for (JsonNode g : s.get("groups")) {
      if (g.get("id").asText().equals("A")) {
        a = g;
      }
    }
    assertThat(a).isNotNull();
    assertThat(a.get("municipalities")).extracting(JsonNode::asText).containsExactly("GM0001", "GM0002");
    CoverageReport national = CoverageAnalysis.withDefaults().analyse(ThreeMunicipalities.dataset(),
        GroupRules.heerenveen());
    assertThat(a.get("households").asInt()).isEqualTo(national.group("A").orElseThrow().households()).isEqualTo(81);
    assertThat(s.get("covered").asInt()).isEqualTo(result.covered()).isEqualTo(national.covered());
  }

  @Test
  void write_index_tablesEveryMunicipalityWithALinkToItsReportAndShadesItOnTheMap() throws IOException {
    Path out = dir.resolve("landelijk");
    write(out);
    String html = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);

    assertThat(html).contains("<table id=\"gemeenten\"", "Aadorp", "Beekdal", "Cingel");
    for (String code : List.of("GM0001", "GM0002", "GM0003")) {
      assertThat(html).contains("<td>" + code + "</td>");
      assertThat(html.split("href=\"" + code + "/report.html\"", -1)).as(code + " linked from table and map")
          .hasSize(3);
    }
    assertThat(html).contains("<svg").doesNotContain("src=\"http", "href=\"http", "url(http");
  }

  @Test
  void write_failureInOneMunicipality_leavesThePreviousNationalReportAsItWas() throws IOException {
    Path out = dir.resolve("landelijk");
    write(out);
    byte[] before = Files.readAllBytes(out.resolve("summary.json"));
    Files.delete(out.resolve("GM0003/map.png")); // marks the old report, to see it is not replaced
    NationalReportWriter writer = NationalReportWriter.of(ReportWriter.of(Language.NL), Language.NL);

    assertThatThrownBy(() -> writer.write(split, GroupRules.heerenveen(), AnalysisSettings.defaults(), out, line -> {
      if (line.contains("GM0002")) {
        throw new IllegalStateException("disk full");
      }
    })).hasMessageContaining("disk full");

    assertThat(Files.readAllBytes(out.resolve("summary.json"))).isEqualTo(before);
    assertThat(out.resolve("GM0003/map.png")).doesNotExist();
    try (Stream<Path> siblings = Files.list(dir)) {
      assertThat(siblings).containsExactly(out);
    }
  }

  @Test
  void write_outIsAFolderWithOtherFiles_isRefusedAndLeftAlone() throws IOException {
    Path out = Files.createDirectories(dir.resolve("documenten"));
    Files.writeString(out.resolve("brief.txt"), "niet weggooien");

    assertThatThrownBy(() -> write(out)).isInstanceOf(IllegalArgumentException.class);

    assertThat(Files.readString(out.resolve("brief.txt"))).isEqualTo("niet weggooien");
  }
}
