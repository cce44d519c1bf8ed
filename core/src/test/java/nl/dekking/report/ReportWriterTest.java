package nl.dekking.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import nl.dekking.analysis.CoverageAnalysis;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.analysis.HandMadeMap;
import nl.dekking.analysis.Language;
import nl.dekking.rules.GroupRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

  static CoverageReport report;

  @TempDir
  Path dir;

  @BeforeAll
  static void analyse() {
    report = CoverageAnalysis.withDefaults().analyse(HandMadeMap.dataset(), GroupRules.heerenveen());
  }

  private Path out() {
    return dir.resolve("rapport");
  }

  private JsonNode summary() throws IOException {
    ReportWriter.of(Language.NL).write(report, out());
    return new ObjectMapper().readTree(out().resolve("summary.json").toFile());
  }

  /** The CSV's lines after the notice line ("Intern — niet publiceren"): the header and the rows. */
  private List<String> csv(String name) throws IOException {
    ReportWriter.of(Language.NL).write(report, out());
    String text = Files.readString(out().resolve(name), StandardCharsets.UTF_8);
    assertThat(text).startsWith(ExcelCsv.BOM + "Intern — niet publiceren\r\n");
    List<String> lines = List.of(text.substring(1).split("\r\n"));
    return lines.subList(1, lines.size());
  }

  @Test
  void write_summary_hasTheTotals() throws IOException {
    JsonNode s = summary();
    assertThat(s.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(s.get("households").asInt()).isEqualTo(29);
    assertThat(s.get("covered").asInt()).isEqualTo(13);
    assertThat(s.get("uncovered").asInt()).isEqualTo(16);
    assertThat(s.get("coveredByMultiple").asInt()).isEqualTo(1);
    assertThat(s.get("addressPoints").asInt()).isEqualTo(30);
  }

  @Test
  void write_summaryGroups_haveIdNameHouseholdsMembersAndState() throws IOException {
    JsonNode a = summary().get("groups").get(0);
    assertThat(a.get("id").asText()).isEqualTo("a");
    assertThat(a.get("name").asText()).isEqualTo("Groep a");
    assertThat(a.get("households").asInt()).isEqualTo(6);
    assertThat(a.get("members").asInt()).isEqualTo(1);
    assertThat(a.get("capacityState").asText()).isEqualTo("OK");
    assertThat(a.get("neighbours").toString()).isEqualTo("[\"b\",\"e\"]");
  }

  @Test
  void write_summaryGapClustersAndOverlaps_haveCountsStreetsAndAreas() throws IOException {
    JsonNode s = summary();
    JsonNode gap = s.get("gapClusters").get(0);
    assertThat(gap.get("households").asInt()).isEqualTo(12);
    assertThat(gap.get("streets").get(0).get("numbers").asText()).isEqualTo("1–15 (oneven), 2–8 (even)");
    // the households' mean position, local (1070, 606.7) from RD (180000, 450000), in WGS84
    org.locationtech.jts.geom.Coordinate centre = nl.dekking.crs.RdNew.toWgs84(181_070, 450_606.666_666_7);
    assertThat(gap.get("lon").asDouble()).isCloseTo(centre.x, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(gap.get("lat").asDouble()).isCloseTo(centre.y, org.assertj.core.api.Assertions.within(1e-6));
    JsonNode overlap = s.get("overlaps").get(0);
    assertThat(overlap.get("groupA").asText()).isEqualTo("c");
    assertThat(overlap.get("groupB").asText()).isEqualTo("d");
    assertThat(overlap.get("areaM2").asDouble()).isEqualTo(2000.0);
    assertThat(overlap.get("households").asInt()).isEqualTo(1);
  }

  @Test
  void write_summaryNeighbourhood_withoutCbsCount_writesNull() throws IOException {
    JsonNode n = summary().get("neighbourhoods").get(0);
    assertThat(n.get("reportedHouseholds").asInt()).isEqualTo(10);
    assertThat(n.get("coveredShare").asDouble()).isEqualTo(0.875);
  }

  @Test
  void write_summaryQa_hasKindGroupsAreaAndWidth() throws IOException {
    JsonNode qa = summary().get("qa");
    assertThat(qa).hasSize(report.findings().size());
    JsonNode gap = qa.get(1);
    assertThat(gap.get("kind").asText()).isEqualTo("NARROW_GAP");
    assertThat(gap.get("groups").toString()).isEqualTo("[\"b\",\"c\"]");
    assertThat(gap.get("widthM").asDouble()).isBetween(4.5, 5.0);
    JsonNode duplicate = qa.get(qa.size() - 1);
    assertThat(duplicate.get("kind").asText()).isEqualTo("DUPLICATE_ADDRESS");
    assertThat(duplicate.get("areaM2").isNull()).isTrue();
  }

  @Test
  void write_english_writesOddAndEven() throws IOException {
    ReportWriter.of(Language.EN).write(report, out());
    assertThat(Files.readString(out().resolve("summary.json"))).contains("1–15 (odd), 2–8 (even)");
  }

  @Test
  void write_groupsCsv_isSemicolonSeparatedWithDecimalComma() throws IOException {
    List<String> lines = csv("groups.csv");
    assertThat(lines.get(0)).startsWith("id;name;households;shared_households;members;admins;capacity_state");
    assertThat(lines).hasSize(1 + 9);
    assertThat(lines.get(1)).startsWith("a;Groep a;6;0;1;1;OK;In orde;1;;10000,0;false;b, e;Kerkstraat (Otterlo);Dorpsstraat (Otterlo);");
  }

  @Test
  void write_streetsCsv_listsUncoveredNumbers() throws IOException {
    assertThat(csv("streets.csv")).contains("Heideweg;Otterlo;12;0;12;UNCOVERED;1–15 (oneven), 2–8 (even);");
  }

  @Test
  void write_gapsCsv_hasOneRowPerUncoveredHouseholdWithItsCluster() throws IOException {
    List<String> lines = csv("gaps.csv");
    assertThat(lines).hasSize(1 + 16);
    assertThat(lines.get(0)).isEqualTo("household_id;street;house_number;postcode;place;gap_cluster;x_rd;y_rd;lon;lat");
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Bosweg-1;Bosweg;1;6731BG;Otterlo;gap-2;182000,00;452000,00;"));
  }

  private JsonNode layer(String name) throws IOException {
    ReportWriter.of(Language.NL).write(report, out());
    return new ObjectMapper().readTree(out().resolve(name).toFile());
  }

  @Test
  void write_gapAreas_clusterOutlinesAsMultiPolygonsInWgs84() throws IOException {
    JsonNode features = layer("gap-areas.geojson").get("features");
    assertThat(features).hasSize(5);
    JsonNode first = features.get(0);
    assertThat(first.get("properties").get("layer").asText()).isEqualTo("gapCluster");
    assertThat(first.get("properties").get("households").asInt()).isEqualTo(12);
    assertThat(first.get("properties").get("streets").asText()).isEqualTo("Heideweg 1–15 (oneven), 2–8 (even) (Otterlo)");
    assertThat(first.get("geometry").get("type").asText()).isEqualTo("MultiPolygon");
    JsonNode lonLat = first.get("geometry").get("coordinates").get(0).get(0).get(0);
    assertThat(lonLat.get(0).asDouble()).isBetween(3.0, 7.5);
    assertThat(lonLat.get(1).asDouble()).isBetween(50.5, 53.7);
  }

  @Test
  void write_uncoveredHouseholds_pointsWithPostcodeAndHouseNumber() throws IOException {
    JsonNode features = layer("uncovered-households.geojson").get("features");
    assertThat(features).hasSize(16);
    features.forEach(f -> assertThat(f.get("geometry").get("type").asText()).isEqualTo("Point"));
    JsonNode bosweg = null;
    for (JsonNode f : features) {
      if (f.get("id").asText().equals("Bosweg-1")) {
        bosweg = f.get("properties");
      }
    }
    assertThat(bosweg).isNotNull();
    assertThat(bosweg.get("street").asText()).isEqualTo("Bosweg");
    assertThat(bosweg.get("houseNumber").asText()).isEqualTo("1");
    assertThat(bosweg.get("postcode").asText()).isEqualTo("6731BG");
    assertThat(bosweg.get("gapCluster").asText()).isEqualTo("gap-2");
  }

  @Test
  void write_overlapsAndSharedHouseholds_inTwoLayers() throws IOException {
    JsonNode overlaps = layer("overlaps.geojson").get("features");
    assertThat(overlaps).hasSize(1);
    assertThat(overlaps.get(0).get("properties").get("groupA").asText()).isEqualTo("c");
    assertThat(overlaps.get(0).get("properties").get("areaM2").asDouble()).isEqualTo(2000.0);
    JsonNode shared = layer("shared-households.geojson").get("features");
    assertThat(shared).hasSize(1);
    assertThat(shared.get(0).get("properties").get("groups").asText()).isEqualTo("c, d");
    assertThat(shared.get(0).get("geometry").get("type").asText()).isEqualTo("Point");
  }

  @Test
  void write_qaGeoJson_mapChecksWithDutchSentences_duplicatesApart() throws IOException {
    JsonNode features = layer("qa.geojson").get("features");
    List<String> kinds = new java.util.ArrayList<>();
    features.forEach(f -> kinds.add(f.get("properties").get("kind").asText()));
    assertThat(kinds).containsExactly("REPAIRED_AREA", "NARROW_GAP", "SMALL_OVERLAP", "NO_HOUSEHOLDS",
        "NO_HOUSEHOLDS");
    assertThat(features.get(0).get("properties").get("areaAfterM2").asDouble()).isEqualTo(5000.0);
    assertThat(features.get(0).get("properties").get("message").asText()).startsWith("Het gebied van");
    JsonNode duplicates = layer("duplicate-addresses.geojson").get("features");
    assertThat(duplicates).hasSize(1);
    assertThat(duplicates.get(0).get("properties").get("message").asText()).contains("keer in de adressen");
  }

  @Test
  void write_handMadeMap_everyLayerReadByOgrinfoAsOneGeometryType() throws Exception {
    Ogrinfo.require();
    ReportWriter.of(Language.NL).write(report, out());
    Ogrinfo.checkLayer(out().resolve("groups.geojson"), "Multi Polygon");
    Ogrinfo.checkLayer(out().resolve("gap-areas.geojson"), "Multi Polygon");
    Ogrinfo.checkLayer(out().resolve("overlaps.geojson"), "Multi Polygon");
    Ogrinfo.checkLayer(out().resolve("qa.geojson"), "Multi Polygon");
    for (String points : List.of("uncovered-households.geojson", "shared-households.geojson",
        "duplicate-addresses.geojson")) {
      assertThat(Ogrinfo.checkLayer(out().resolve(points), "Point")).contains("Extent: ");
    }
    assertThat(Ogrinfo.checkLayer(out().resolve("overlaps.geojson"), "Multi Polygon")).contains("Feature Count: 1");
    assertThat(Ogrinfo.run(out().resolve("groups.kml"), true)).contains("Feature Count: 9", "members: String");
  }

  @Test
  void write_cbsBuurten_calledBuurtInTheDutchPage() throws IOException {
    ReportWriter.of(Language.NL).write(report, out());
    String html = Files.readString(out().resolve("report.html"));
    assertThat(html).contains("<h2>Dekking per buurt</h2>", "<th scope=\"col\">Buurt</th>", "Buurtgrens (CBS)")
        .doesNotContain(">Wijk<");
  }

  @Test
  void write_returnsEveryFileWritten() {
    assertThat(ReportWriter.of(Language.NL).write(report, out())).extracting(p -> p.getFileName().toString())
        .containsExactlyElementsOf(ReportWriter.FILES);
  }

  @Test
  void write_everyFile_getsThePermissionsOfAPlainNewFile() throws IOException {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
    // a plain new file follows the umask (usually 644); a temporary file would be private to the owner (600)
    Set<PosixFilePermission> plain = Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain")));
    for (Path file : ReportWriter.of(Language.NL).write(report, dir.resolve("report"))) {
      assertThat(Files.getPosixFilePermissions(file)).as(file.getFileName().toString()).isEqualTo(plain);
    }
  }

  @Test
  void row_textExcelWouldRunAsAFormula_getsAnApostrophe() {
    ExcelCsv t = new ExcelCsv("Intern", "name", "households");
    t.row("=HYPERLINK(\"http://example.org\")", 3);
    t.row("@SUM(A1)", 4);
    t.row("-0,5", 5);
    t.row("Dorpsstraat", -1);

    assertThat(t.text().substring(1).split("\r\n")).containsExactly("Intern", "name;households",
        "\"'=HYPERLINK(\"\"http://example.org\"\")\";3", "'@SUM(A1);4", "-0,5;5", "Dorpsstraat;-1");
  }

  @Test
  void quote_fieldsWithSeparatorQuoteOrNewline_areQuoted() {
    assertThat(ExcelCsv.quote("a;b")).isEqualTo("\"a;b\"");
    assertThat(ExcelCsv.quote("de \"Hoek\"")).isEqualTo("\"de \"\"Hoek\"\"\"");
    assertThat(ExcelCsv.quote("a\nb")).isEqualTo("\"a\nb\"");
    assertThat(ExcelCsv.quote("Dorpsstraat")).isEqualTo("Dorpsstraat");
  }

  @Test
  void write_intoAFile_failsNamingThePathAndWritesNothing() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
    assertThatThrownBy(() -> ReportWriter.of(Language.NL).write(report, file))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not-a-dir").hasMessageContaining("a file");
    assertThat(Files.readString(file)).isEqualTo("x");
  }
}
