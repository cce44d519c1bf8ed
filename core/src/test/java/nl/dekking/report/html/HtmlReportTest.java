package nl.dekking.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import nl.dekking.analysis.CoverageAnalysis;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.analysis.Language;
import nl.dekking.crs.RdNew;
import nl.dekking.model.Address;
import nl.dekking.model.Consent;
import nl.dekking.model.Contact;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.report.ReportWriter;
import nl.dekking.rules.GroupRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class HtmlReportTest {

  private static final Contact PUBLIC_ADMIN = new Contact("Pia Publiek", "pia.publiek@example.nl", "0611111111", Consent.PUBLIC);
  private static final Contact SECRET_ADMIN = new Contact("Geheim Persoon", "geheim.persoon@example.nl", "0699999999", Consent.NONE);
  private static final Contact MUNICIPAL_ADMIN = new Contact("Gerrit Gemeente", "gerrit@example.nl", "0622222222", Consent.MUNICIPALITY_ONLY);

  @TempDir
  static Path dir;
  static Path nl;
  static Path en;
  static CoverageReport report;
  static Dataset dataset;

  static Geometry wkt(String wkt) {
    try {
      return new WKTReader(RdNew.GEOMETRY_FACTORY).read(wkt);
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /**
   * Dorpsstraat 1-40 along y 456100 from x 181010 to 181400; group A covers x 181000-181200, group B x 181180-181300
   * (overlapping A), so Dorpsstraat 31-40 and all of Verreweg (far east) have no group. Group C (Kerkpad) has no
   * admin.
   */
  @BeforeAll
  static void writeReports() {
    List<Household> households = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      households.add(new Household("d" + i, Address.of("Dorpsstraat", i, "6731AB", "Otterlo"), 181000 + 10 * i, 456100));
    }
    for (int i = 1; i <= 6; i++) {
      households.add(new Household("v" + i, Address.of("Verreweg", 2 * i - 1, "6731CD", "Otterlo"), 182000 + 8 * i, 456500));
    }
    for (int i = 1; i <= 5; i++) {
      households.add(new Household("k" + i, Address.of("Kerkpad", i, "6731EF", "Otterlo"), 181000 + 10 * i, 456300));
    }
    // the same address twice: counted once, reported
    households.add(new Household("k5-again", Address.of("Kerkpad", 5, "6731EF", "Otterlo"), 181050, 456300));
    List<Group> groups = List.of(
        new Group("A", "Dorp <script>alert(1)</script>", wkt("POLYGON ((181000 456050, 181200 456050, 181200 456150, 181000 456150, 181000 456050))"),
            12, List.of(PUBLIC_ADMIN), Map.of()),
        new Group("B", "Oost", wkt("POLYGON ((181180 456050, 181300 456050, 181300 456150, 181180 456150, 181180 456050))"),
            44, List.of(SECRET_ADMIN, MUNICIPAL_ADMIN), Map.of()),
        new Group("C", "Kerkpad", wkt("POLYGON ((181000 456250, 181100 456250, 181100 456350, 181000 456350, 181000 456250))"),
            4, List.of(), Map.of("sample", "voorbeeldgroep")),
        // a bow-tie (repaired) over fields without addresses
        new Group("D", "Heide", wkt("POLYGON ((180000 455000, 180100 455100, 180100 455000, 180000 455100, 180000 455000))"),
            3, List.of(PUBLIC_ADMIN), Map.of()));
    dataset = Dataset.of("Testdorp", households, groups);
    report = CoverageAnalysis.withDefaults().analyse(dataset, GroupRules.heerenveen());
    nl = dir.resolve("nl");
    en = dir.resolve("en");
    ReportWriter.of(Language.NL).withDate(LocalDate.of(2026, 3, 5)).write(report, nl);
    ReportWriter.of(Language.EN).withDate(LocalDate.of(2026, 3, 5)).write(report, en);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int count(String text, String needle) {
    return text.split(Pattern.quote(needle), -1).length - 1;
  }

  @Test
  void write_report_writesAllFiveFiles() throws IOException {
    for (String name : List.of("report.html", "map.svg", "map.png", "groups.geojson", "groups.kml")) {
      assertThat(nl.resolve(name)).isNotEmptyFile();
    }
    BufferedImage png = ImageIO.read(nl.resolve("map.png").toFile());
    assertThat(png.getWidth()).isEqualTo(ReportMap.WIDTH);
    try (var files = Files.list(nl)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void write_groups_oneTableRowAndOneMapShapePerGroup() {
    String html = read(nl.resolve("report.html"));

    assertThat(count(html, "<tr data-group-id=")).isEqualTo(4);
    assertThat(count(html, "data-group-id=\"A\"")).isEqualTo(2);
    assertThat(count(read(nl.resolve("map.svg")), "data-group-id=")).isEqualTo(4);
  }

  @Test
  void write_adminWithoutConsent_inNoFile() {
    for (String name : ReportWriter.FILES) {
      String text = new String(bytes(nl.resolve(name)), java.nio.charset.StandardCharsets.ISO_8859_1)
          + new String(bytes(en.resolve(name)), java.nio.charset.StandardCharsets.ISO_8859_1);
      assertThat(text).as(name).doesNotContain(SECRET_ADMIN.name(), SECRET_ADMIN.email(), SECRET_ADMIN.phone());
    }
  }

  @Test
  void write_adminForTheMunicipalityOnly_inTheInternalPageNotInThePublicFiles() {
    for (String name : List.of("groups.geojson", "groups.kml", "map.svg")) {
      assertThat(read(nl.resolve(name)) + read(en.resolve(name))).as(name)
          .doesNotContain(MUNICIPAL_ADMIN.name(), MUNICIPAL_ADMIN.email(), MUNICIPAL_ADMIN.phone());
    }
    assertThat(read(nl.resolve("report.html"))).contains("Gerrit Gemeente (alleen voor de gemeente)",
        MUNICIPAL_ADMIN.email());
  }

  @Test
  void write_internalFiles_sayTheyAreInternal() {
    assertThat(read(nl.resolve("report.html"))).contains("data-audience=\"internal\"", "Intern — niet publiceren");
    assertThat(read(en.resolve("report.html"))).contains("Internal — do not publish");
    for (String csv : List.of("groups.csv", "streets.csv", "gaps.csv")) {
      assertThat(read(nl.resolve(csv))).as(csv).startsWith("\uFEFFIntern — niet publiceren\r\n");
    }
    assertThat(read(nl.resolve("summary.json"))).contains("\"notice\" : \"Intern — niet publiceren\"");
    assertThat(read(nl.resolve("groups.geojson")) + read(nl.resolve("groups.kml"))).doesNotContain("Intern");
  }

  @Test
  void write_date_inDutchOrEnglishForm() {
    assertThat(read(nl.resolve("report.html"))).contains("Gemaakt op 5 maart 2026 met de regels van Heerenveen.");
    assertThat(read(en.resolve("report.html"))).contains("Made on 5 March 2026 with the rules of Heerenveen.");
  }

  @Test
  void write_adminWithPublicConsent_shownInHtmlGeoJsonAndKml() {
    for (String name : List.of("report.html", "groups.geojson", "groups.kml")) {
      assertThat(read(nl.resolve(name))).as(name).contains(PUBLIC_ADMIN.name(), PUBLIC_ADMIN.email());
    }
  }

  @Test
  void write_html_loadsNothingFromElsewhere() {
    String html = read(nl.resolve("report.html"));

    assertThat(html).doesNotContainPattern("(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:|//)");
    assertThat(html).doesNotContainPattern("(?i)url\\(\\s*[\"']?(?!#)");
    assertThat(html).doesNotContainPattern("(?i)@import|<script|<link|<img|<iframe");
    assertThat(html).contains("Content-Security-Policy");
  }

  @Test
  void write_groupNameWithMarkup_escaped() {
    String html = read(nl.resolve("report.html"));

    assertThat(html).doesNotContain("<script>alert(1)</script>").contains("Dorp &lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  void write_defaultDutch_englishOnRequest() {
    String dutch = read(nl.resolve("report.html"));
    String english = read(en.resolve("report.html"));

    assertThat(dutch).contains("<html lang=\"nl\">", "Huishoudens zonder groep", "Geen beheerder");
    assertThat(english).contains("<html lang=\"en\">", "Households without a group", "No admin");
  }

  @Test
  void write_headline_showsCoverageFromTheReport() {
    String html = read(nl.resolve("report.html"));

    // Dorpsstraat 1-30 (A and B) and Kerkpad 1-5 (C) are covered; Dorpsstraat 31-40 and Verreweg are not
    assertThat(report.covered()).isEqualTo(35);
    assertThat(html).contains("35 van 51 huishoudens", "68,6%");
  }

  @Test
  void write_gapList_namesStreetsAndHouseNumbers() {
    String html = read(nl.resolve("report.html"));

    assertThat(html).contains("<strong>Verreweg</strong> (Otterlo): 1–11 (oneven)");
    assertThat(html).contains("<strong>Dorpsstraat</strong> (Otterlo): 31–39 (oneven), 32–40 (even)");
  }

  @Test
  void write_overlapAndMissingAdmin_reported() {
    String html = read(nl.resolve("report.html"));

    assertThat(html).contains("data-overlap=\"A/B\"", "Geen beheerder: zoek iemand die de groep beheert.");
    assertThat(html).contains("De beheerder gaf geen toestemming om contactgegevens openbaar te maken.");
  }

  @Test
  void write_findings_putIntoWordsInBothLanguages() {
    String dutch = read(nl.resolve("report.html"));
    String english = read(en.resolve("report.html"));

    assertThat(dutch).contains("Meer beheerders dan de regels toestaan (2).", "Het gebied van D klopte niet",
        "In het gebied van D ligt geen enkel adres.", "Kerkpad 5, Otterlo staat 2 keer in de adressen");
    assertThat(english).contains("More admins than the rules allow (2).", "The area of D was invalid",
        "The area of D holds no address.", "Kerkpad 5, Otterlo appears 2 times in the addresses");
  }

  @Test
  void write_sampleGroups_labelledAsSampleData() {
    assertThat(read(nl.resolve("report.html"))).contains("class=\"notice sample\"", "Voorbeeldgegevens");
  }

  @Test
  void write_geoJson_simpleStylePropertiesInWgs84() throws IOException {
    JsonNode root = new ObjectMapper().readTree(nl.resolve("groups.geojson").toFile());

    JsonNode features = root.path("features");
    assertThat(features).hasSize(4);
    for (JsonNode f : features) {
      JsonNode p = f.path("properties");
      assertThat(p.path("fill").asText()).matches("#[0-9a-f]{6}");
      assertThat(p.path("stroke").asText()).isEqualTo(p.path("fill").asText());
      assertThat(p.path("fill-opacity").asDouble()).isBetween(0.1, 0.9);
      assertThat(f.path("geometry").path("type").asText()).isEqualTo("MultiPolygon");
      double lon = f.path("geometry").path("coordinates").get(0).get(0).get(0).get(0).asDouble();
      assertThat(lon).isBetween(5.7, 5.8);
    }
    assertThat(features.get(0).path("properties").path("households").asInt())
        .isEqualTo(report.group("A").orElseThrow().households());
  }

  @Test
  void write_kml_onePlacemarkPerGroupWithGroupColour() {
    String kml = read(nl.resolve("groups.kml"));

    assertThat(count(kml, "<Placemark")).isEqualTo(4);
    // group A is first in report order: palette colour #1f77b4, as KML aabbggrr, in a style shared by reference
    assertThat(kml).contains("<color>ffb4771f</color>", "<styleUrl>#style-1</styleUrl>");
    assertThat(count(kml, "<Style id=")).isEqualTo(4);
  }
}
