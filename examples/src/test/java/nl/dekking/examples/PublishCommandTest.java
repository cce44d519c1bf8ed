package nl.dekking.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.dekking.crs.RdNew;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

/**
 * {@code dekking publish} on hostile inputs: groups whose free text and unknown properties repeat the contact details
 * of admins who did not consent, read through the real GeoJSON and KML readers. Nothing of it may reach any file
 * publish writes; the one admin with consent {@code PUBLIC} must.
 */
class PublishCommandTest {

  /** Strings that must never reach a public file. */
  private static final List<String> INTERNAL = List.of("Geheime Gerda", "gerda@prive.nl", "06-11112222",
      "0611112222", "Intern Ingrid", "ingrid@intern.nl", "0699998888", "Piet woont op De Riemt 4", "woont op",
      "piet@buurt.nl", "0612121212", "0613131313", "0614141414", "0615151515", "tiende@beheer.nl",
      "Tiende Beheerder", "0616161616", "Mijn My Maps laag", "voorbeeldgroep");

  @TempDir
  Path dir;

  @Test
  void publish_hostileGeoJsonGroups_writeNoInternalString() throws IOException {
    Path households = sampleAddresses();
    Path groups = dir.resolve("groups.geojson");
    Files.writeString(groups, """
        {"type": "FeatureCollection",
         "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}},
         "features": [
          {"type": "Feature", "properties": {"id": "H-1", "name": "Dorp", "members": 20,
            "admin_name": "Geheime Gerda", "admin_email": "gerda@prive.nl", "admin_phone": "06-11112222", "consent": "nee",
            "admin_name_2": "Intern Ingrid", "admin_email_2": "ingrid@intern.nl", "admin_phone_2": "0699998888",
            "consent_2": "gemeente",
            "admin_name_3": "Open Otto", "admin_email_3": "otto@buurt.nl", "admin_phone_3": "0655556666",
            "consent_3": "PUBLIC",
            "description": "Beheerder Geheime Gerda, gerda@prive.nl, 06-11112222",
            "emailadres": "gerda@prive.nl", "tel": "0611112222", "gsm": "0612121212", "mobile": "0613131313",
            "whatsapp": "0614141414", "contact": "piet@buurt.nl", " email": "piet@buurt.nl",
            "admin_name_10": "Tiende Beheerder", "admin_email_10": "tiende@beheer.nl", "admin_phone_10": "0616161616",
            "notes": "Piet woont op De Riemt 4", "sample": "voorbeeldgroep"},
           "geometry": {"type": "Polygon", "coordinates": [[[181350, 456880], [181720, 456880], [181720, 457300],
             [181350, 457300], [181350, 456880]]]}},
          {"type": "Feature", "properties": {"id": "H-2", "name": "Zuid", "members": 5,
            "beheerder": "Geheime Gerda", "email": "gerda@prive.nl", "telefoon": "0615151515",
            "opmerking": "Piet woont op De Riemt 4"},
           "geometry": {"type": "Polygon", "coordinates": [[[181350, 456500], [181720, 456500], [181720, 456880],
             [181350, 456880], [181350, 456500]]]}}
         ]}
        """, StandardCharsets.UTF_8);

    Path out = dir.resolve("site");
    Result r = run("publish", "--households", households.toString(), "--groups", groups.toString(), "--out",
        out.toString(), "--contact", "veiligheid@ede.nl, 14 0318");

    assertThat(r.code()).as(r.err()).isZero();
    assertNoInternalString(out);
    String html = Files.readString(out.resolve("dekkingskaart.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("Open Otto").contains("otto@buurt.nl").contains("veiligheid@ede.nl, 14 0318");
  }

  @Test
  void publish_hostileMyMapsKml_writesNoInternalString() throws IOException {
    Path households = sampleAddresses();
    Path groups = dir.resolve("groups.kml");
    Files.writeString(groups, """
        <?xml version="1.0" encoding="UTF-8"?>
        <kml xmlns="http://www.opengis.net/kml/2.2"><Document><Folder><name>Mijn My Maps laag</name>
          <Placemark><name>Dorp</name>
            <description><![CDATA[Beheerder: Geheime Gerda<br>gerda@prive.nl<br>06-11112222<br>Piet woont op De Riemt 4]]></description>
            <ExtendedData>
              <Data name="beheerder"><value>Geheime Gerda</value></Data>
              <Data name="email"><value>gerda@prive.nl</value></Data>
              <Data name="toestemming"><value>nee</value></Data>
              <Data name="gsm"><value>0612121212</value></Data>
              <Data name="whatsapp"><value>0614141414</value></Data>
              <Data name="contact"><value>piet@buurt.nl</value></Data>
            </ExtendedData>
            <Polygon><outerBoundaryIs><LinearRing><coordinates>%s</coordinates></LinearRing></outerBoundaryIs></Polygon>
          </Placemark></Folder></Document></kml>
        """.formatted(ring(181350, 456880, 181720, 457300)), StandardCharsets.UTF_8);

    Path out = dir.resolve("site");
    Result r = run("publish", "--households", households.toString(), "--groups", groups.toString(), "--out",
        out.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertNoInternalString(out);
    assertThat(Files.readString(out.resolve("dekkingskaart.html"), StandardCharsets.UTF_8)).contains("Dorp");
  }

  @Test
  void publish_outHoldingAnInput_isRefusedAndWritesNothing() throws IOException {
    Path households = sampleAddresses();

    Result r = run("publish", "--households", households.toString(), "--groups", households.toString(), "--out",
        dir.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(dir.resolve("dekkingskaart.html")).doesNotExist();
  }

  @Test
  void publish_sampleWithEnglishAndATitle_writesThePageInEnglish() throws IOException {
    Path out = dir.resolve("en");
    Result r = run("publish", "--sample", "--lang", "en", "--title", "Otterlo coverage", "--out", out.toString());

    assertThat(r.code()).as(r.err()).isZero();
    String html = Files.readString(out.resolve("dekkingskaart.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("<html lang=\"en\">").contains("<title>Otterlo coverage</title>")
        .contains("Map: BGT (Kadaster)");
    assertThat(out.resolve(".dekking-publish")).exists();
  }

  @Test
  void publish_ownBgtFilesOrNwbLines_drawRoadsAndStreetNamesUnderTheGroups() throws IOException {
    Path households = sampleAddresses();
    Path groups = dir.resolve("groups.geojson");
    try (InputStream in = SampleData.open(SampleData.GROUPS)) {
      Files.copy(in, groups);
    }
    Path roads = dir.resolve("roads.geojson");
    Path labels = dir.resolve("labels.geojson");
    try (InputStream r = SampleData.open(SampleMap.ROADS); InputStream l = SampleData.open(SampleMap.LABELS)) {
      Files.copy(r, roads);
      Files.copy(l, labels);
    }
    Path lines = dir.resolve("nwb.geojson");
    Files.writeString(lines, """
        {"type": "FeatureCollection",
         "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}},
         "features": [{"type": "Feature", "properties": {"stt_naam": "Lijnweg", "wpsnaamnen": "Otterlo"},
           "geometry": {"type": "LineString", "coordinates": [[181400, 457000], [181700, 457050]]}}]}
        """, StandardCharsets.UTF_8);

    Result bgt = run("publish", "--households", households.toString(), "--groups", groups.toString(), "--roads",
        roads.toString(), "--labels", labels.toString(), "--out", dir.resolve("bgt").toString());
    Result nwb = run("publish", "--households", households.toString(), "--groups", groups.toString(),
        "--road-lines", lines.toString(), "--out", dir.resolve("nwb").toString());
    Result none = run("publish", "--households", households.toString(), "--groups", groups.toString(),
        "--out", dir.resolve("none").toString());

    assertThat(bgt.code()).as(bgt.err()).isZero();
    assertThat(nwb.code()).as(nwb.err()).isZero();
    String bgtPage = Files.readString(dir.resolve("bgt/dekkingskaart.html"), StandardCharsets.UTF_8);
    String nwbPage = Files.readString(dir.resolve("nwb/dekkingskaart.html"), StandardCharsets.UTF_8);
    String bare = Files.readString(dir.resolve("none/dekkingskaart.html"), StandardCharsets.UTF_8);
    assertThat(bgtPage).contains("class=\"layer-road\"").contains(">Onderlangs</text>").contains("BGT (Kadaster)");
    assertThat(nwbPage).contains("class=\"layer-road\"").contains(">Lijnweg</text>");
    assertThat(bare).doesNotContain("class=\"layer-road\"").doesNotContain("BGT");
  }

  @Test
  void publish_roadsWithoutLabels_isABadUsage() throws IOException {
    Result r = run("publish", "--sample", "--roads", sampleAddresses().toString(), "--out",
        dir.resolve("x").toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--roads and --labels go together");
  }

  private void assertNoInternalString(Path out) throws IOException {
    try (var files = Files.walk(out)) {
      List<Path> written = files.filter(Files::isRegularFile).toList();
      assertThat(written).extracting(p -> p.getFileName().toString())
          .containsExactlyInAnyOrder("dekkingskaart.html", ".dekking-publish");
      for (Path f : written) {
        String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
        for (String s : INTERNAL) {
          assertThat(text).as(f.getFileName() + " holds '" + s + "'").doesNotContain(s);
        }
      }
    }
  }

  private Path sampleAddresses() throws IOException {
    Path file = dir.resolve("addresses.geojson");
    try (InputStream in = SampleData.open(SampleData.ADDRESSES)) {
      Files.copy(in, file);
    }
    return file;
  }

  private static String ring(double x0, double y0, double x1, double y1) {
    StringBuilder sb = new StringBuilder();
    double[][] corners = {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}};
    for (double[] c : corners) {
      Coordinate w = RdNew.toWgs84(c[0], c[1]);
      sb.append(String.format(Locale.ROOT, "%.7f,%.7f,0 ", w.x, w.y));
    }
    return sb.toString().strip();
  }

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = DekkingCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }
}
