package nl.dekking.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.dekking.analysis.CoverageAnalysis;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.analysis.Language;
import nl.dekking.crs.RdNew;
import nl.dekking.io.kml.KmlReader;
import nl.dekking.model.Address;
import nl.dekking.model.Consent;
import nl.dekking.model.Contact;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.rules.GroupRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.io.WKTReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The report writer against hostile and broken input: what may not leave the municipality does not reach the public
 * files, text that XML does not allow does not break the XML files, an area that repairs to nothing is still
 * written, a failure leaves the previous report as it was, and GDAL reads every map layer.
 */
class ReportWriterSafetyTest {

  private static final Contact PUBLIC_ADMIN = new Contact("Pia Publiek", "pia@example.nl", "0611111111", Consent.PUBLIC);
  private static final Contact SECRET = new Contact("Geheim Persoon", "geheim.persoon@example.nl", "0699999999", Consent.NONE);
  private static final Contact TENTH = new Contact("Tiende Beheerder", "tiende@example.nl", "0610101010", Consent.NONE);
  /** Text from the input that may reach no public file. */
  private static final List<String> SECRETS = List.of("Geheim", "geheim.persoon@example.nl", "0699999999", "Tiende",
      "tiende@example.nl", "0610101010", "Piet woont op De Riemt 4", "privé@example.nl", "0501234567", "0687654321",
      "0612121212", "+31699887766", "bel Kees", "verborgen@example.nl");
  /** A name with NUL, ESC, a lone surrogate and markup. */
  private static final String HOSTILE_NAME = "Noord\u0000\u001b\ud800 <b>&amp;</b> ]]>";

  @TempDir
  static Path dir;
  static CoverageReport report;
  static Path out;

  @BeforeAll
  static void writeReport() throws Exception {
    List<Household> households = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      households.add(new Household("h" + i, Address.of("Dorpsstraat", i, "6731AB", "Otterlo"), 181000 + 10 * i, 456100));
    }
    List<Contact> admins = new ArrayList<>(List.of(PUBLIC_ADMIN, SECRET));
    for (int i = 3; i <= 9; i++) {
      admins.add(new Contact("Stille " + i, "", "", Consent.NONE));
    }
    admins.add(TENTH);
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("description", "Beheer: Geheim Persoon, geheim.persoon@example.nl, 0699999999");
    metadata.put("emailadres", "privé@example.nl");
    metadata.put("tel", "0501234567");
    metadata.put("gsm", "0687654321");
    metadata.put("mobile", "0612121212");
    metadata.put("whatsapp", "+31699887766");
    metadata.put("contact", "bel Kees");
    metadata.put(" email", "verborgen@example.nl");
    metadata.put("notes", "Piet woont op De Riemt 4");
    WKTReader wkt = new WKTReader(RdNew.GEOMETRY_FACTORY);
    List<Group> groups = List.of(
        new Group("H", "Dorp", wkt.read("POLYGON ((181000 456050, 181200 456050, 181200 456150, 181000 456150, 181000 456050))"),
            25, admins, metadata),
        // drawn as a line: repairs to nothing
        new Group("E", "Streep", wkt.read("POLYGON ((181000 457000, 181100 457000, 181200 457000, 181000 457000))"),
            5, List.of(PUBLIC_ADMIN), Map.of()),
        // a hole, drawn with a clockwise shell
        new Group("X", HOSTILE_NAME, wkt.read("POLYGON ((181200 456050, 181200 456150, 181320 456150, 181320 456050, 181200 456050),"
            + " (181250 456080, 181280 456080, 181280 456120, 181250 456120, 181250 456080))"), 3, List.of(PUBLIC_ADMIN), Map.of()));
    report = CoverageAnalysis.withDefaults().analyse(Dataset.of("Proefdorp", households, groups), GroupRules.heerenveen());
    out = dir.resolve("rapport");
    ReportWriter.of(Language.NL).write(report, out);
    if (System.getProperty("keep") != null) {
      for (String f : ReportWriter.FILES) {
        Files.createDirectories(Path.of(System.getProperty("keep")));
        Files.copy(out.resolve(f), Path.of(System.getProperty("keep")).resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static String text(String name) throws IOException {
    return Files.readString(out.resolve(name), StandardCharsets.UTF_8);
  }

  @Test
  void write_hostileGroup_noSecretReachesThePublicFiles() throws IOException {
    for (String name : List.of("groups.geojson", "groups.kml")) {
      String text = text(name);
      for (String secret : SECRETS) {
        assertThat(text).as(name).doesNotContain(secret);
      }
      assertThat(text).as(name).contains("Pia Publiek", "pia@example.nl");
    }
  }

  @Test
  void write_hostileGroup_internalFilesShowNoContactWithoutConsent() throws IOException {
    for (String name : List.of("report.html", "groups.csv", "summary.json", "map.svg")) {
      assertThat(text(name)).as(name).doesNotContain("Geheim", "geheim.persoon@example.nl", "0699999999",
          "Tiende", "tiende@example.nl");
    }
  }

  @Test
  void write_controlCharactersAndLoneSurrogates_xmlFilesStillParse() throws Exception {
    for (String name : List.of("map.svg", "groups.kml")) {
      Document doc = parse(name);
      assertThat(doc.getDocumentElement()).as(name).isNotNull();
    }
    String html = text("report.html");
    assertThat(html).contains("Noord\uFFFD\uFFFD\uFFFD &lt;b&gt;&amp;amp;&lt;/b&gt; ]]&gt;");
    for (int i = 0; i < html.length(); i++) {
      char c = html.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\t' && c != '\r') || Character.isSurrogate(c)) {
        fail(String.format("report.html holds character U+%04X at %d", (int) c, i));
      }
    }
  }

  @Test
  void write_areaThatRepairsToNothing_drawnWithoutShapeListedInternallyLeftOutOfThePublicFiles() throws Exception {
    assertThat(report.map().area(report.map().ordinalOf("E")).isEmpty()).isTrue();
    assertThat(text("map.svg")).doesNotContain("data-group-id=\"E\"").contains("data-group-id=\"H\"");
    assertThat(text("report.html")).contains("<tr data-group-id=\"E\"", "Het gebied van E klopte niet");
    assertThat(text("groups.csv")).contains("\r\nE;Streep;0;0;5;1;OK;In orde;1;;0,0;true;");
    assertThat(text("groups.geojson")).doesNotContain("\"id\":\"E\"").contains("\"id\":\"H\"");
    assertThat(parse("groups.kml").getElementsByTagName("Placemark").getLength()).isEqualTo(2);
  }

  @Test
  void write_kml_readsBackWithMembersIdsAndPublicAdmin() {
    List<Group> back = KmlReader.readGroups(out.resolve("groups.kml"));
    Map<String, Group> byId = new HashMap<>();
    back.forEach(g -> byId.put(g.id(), g));
    assertThat(byId.keySet()).contains("H", "X");
    assertThat(byId.get("H").members()).isEqualTo(25);
    assertThat(byId.get("H").name()).isEqualTo("Dorp");
    assertThat(byId.get("H").admins()).containsExactly(PUBLIC_ADMIN);
    assertThat(byId.get("H").metadata()).containsEntry("households", "20").containsEntry("capacity", "OK");
  }

  @Test
  void write_groupsGeoJson_readsBackWithMembersAndPublicAdminOnly() {
    List<Group> back = nl.dekking.io.geojson.GeoJsonReader.readGroups(out.resolve("groups.geojson"));
    Group h = back.stream().filter(g -> g.id().equals("H")).findFirst().orElseThrow();
    assertThat(h.members()).isEqualTo(25);
    assertThat(h.admins()).containsExactly(PUBLIC_ADMIN);
    assertThat(h.metadata().toString()).doesNotContain("Geheim", "Piet", "Tiende");
  }

  @Test
  void write_kml_outerRingsCounterClockwiseHolesClockwiseStylesShared() throws Exception {
    Document doc = parse("groups.kml");
    Element x = placemark(doc, "X");
    assertThat(isCcw(x, "outerBoundaryIs")).isTrue();
    assertThat(isCcw(x, "innerBoundaryIs")).isFalse();
    assertThat(doc.getElementsByTagName("Style").getLength()).isEqualTo(2);
    assertThat(x.getElementsByTagName("styleUrl").item(0).getTextContent()).isEqualTo("#style-2");
  }

  @Test
  void write_failureAtTheLastStep_leavesThePreviousReportAsItWas() throws IOException {
    Path target = dir.resolve("twice");
    ReportWriter.of(Language.NL).write(report, target);
    Map<String, byte[]> before = contents(target);

    assertThatThrownBy(() -> ReportWriter.of(Language.EN).write(report, target, step -> {
      if (step.equals("writing groups.kml")) {
        throw new IllegalStateException("disk full");
      }
    })).hasMessageContaining("disk full").hasMessageContaining("groups.kml")
        .hasMessageContaining("the previous report is left as it was");

    Map<String, byte[]> after = contents(target);
    assertThat(after.keySet()).isEqualTo(before.keySet());
    for (String name : before.keySet()) {
      assertThat(after.get(name)).as(name).isEqualTo(before.get(name));
    }
    try (Stream<Path> siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".new-") || n.contains(".old-"));
    }
  }

  @Test
  void write_folderHoldingAnInput_refusedAndKept() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("bron"));
    Path input = Files.writeString(folder.resolve("groups.geojson"), "{}");
    assertThatThrownBy(() -> ReportWriter.of(Language.NL).withInputs(List.of(input)).write(report, folder))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds the input");
    assertThat(Files.readString(input)).isEqualTo("{}");
  }

  @Test
  void write_title_inThePageAndSummary() throws IOException {
    Path target = dir.resolve("titled");
    ReportWriter.of(Language.NL).withTitle("Buurtpreventie Proefdorp 2026").write(report, target);
    assertThat(Files.readString(target.resolve("report.html"))).contains("<title>Buurtpreventie Proefdorp 2026</title>");
    assertThat(Files.readString(target.resolve("summary.json"))).contains("\"title\" : \"Buurtpreventie Proefdorp 2026\"");
  }

  /** GDAL's ogrinfo reads every map layer as one layer of one geometry type, and the KML's fields. */
  @Test
  void write_everyMapLayer_readByOgrinfoWithOneGeometryType() throws Exception {
    Ogrinfo.require();
    Ogrinfo.checkLayer(out.resolve("groups.geojson"), "Multi Polygon");
    Ogrinfo.checkLayer(out.resolve("gap-areas.geojson"), "Multi Polygon");
    Ogrinfo.checkLayer(out.resolve("uncovered-households.geojson"), "Point");
    Ogrinfo.checkLayer(out.resolve("qa.geojson"), "Multi Polygon");
    String kml = Ogrinfo.run(out.resolve("groups.kml"), false);
    assertThat(kml).contains("members (String) = 25", "households (String) = 20", "admin_name (String) = Pia Publiek",
        "repaired (String) = false");
    assertThat(kml).containsPattern("\\n  POLYGON \\(\\(").doesNotContain("LINESTRING", "POINT (");
  }

  private static boolean isCcw(Element placemark, String boundary) {
    Element b = (Element) placemark.getElementsByTagName(boundary).item(0);
    String[] points = b.getElementsByTagName("coordinates").item(0).getTextContent().strip().split("\\s+");
    Coordinate[] ring = new Coordinate[points.length];
    for (int i = 0; i < points.length; i++) {
      String[] xy = points[i].split(",");
      ring[i] = new Coordinate(Double.parseDouble(xy[0]), Double.parseDouble(xy[1]));
    }
    return Orientation.isCCW(ring);
  }

  private static Element placemark(Document doc, String id) {
    NodeList list = doc.getElementsByTagName("Placemark");
    for (int i = 0; i < list.getLength(); i++) {
      Element e = (Element) list.item(i);
      if (e.getAttribute("id").equals(id)) {
        return e;
      }
    }
    throw new AssertionError("no placemark " + id);
  }

  private static Document parse(String name) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(out.resolve(name))));
  }

  private static Map<String, byte[]> contents(Path folder) throws IOException {
    Map<String, byte[]> files = new HashMap<>();
    try (Stream<Path> list = Files.list(folder)) {
      for (Path p : list.toList()) {
        files.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }
}
