package nl.dekking.io.kml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.dekking.crs.RdNew;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class KmlWriterTest {

  private static Geometry wkt(String wkt) throws Exception {
    return new WKTReader(RdNew.GEOMETRY_FACTORY).read(wkt);
  }

  private static Document parse(byte[] kml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(kml));
  }

  private static byte[] kmlOf(List<KmlWriter.Placemark> placemarks) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    KmlWriter.write("Groepen <Otterlo>", placemarks, out);
    return out.toByteArray();
  }

  @Test
  void write_polygonInRd_coordinatesInWgs84LonLat() throws Exception {
    Geometry square = wkt("POLYGON ((181350 456880, 181720 456880, 181720 457300, 181350 457300, 181350 456880))");

    Document doc = parse(kmlOf(List.of(new KmlWriter.Placemark("OTT-01", "Dorp Centrum", "", square, "#1f77b4", 0.35))));

    String coordinates = doc.getElementsByTagNameNS("http://www.opengis.net/kml/2.2", "coordinates").item(0).getTextContent();
    String[] first = coordinates.split(" ")[0].split(",");
    Coordinate expected = RdNew.toWgs84(181350, 456880);
    assertThat(Double.parseDouble(first[0])).isCloseTo(expected.x, within(1e-7));
    assertThat(Double.parseDouble(first[1])).isCloseTo(expected.y, within(1e-7));
    assertThat(Double.parseDouble(first[0])).isBetween(5.7, 5.8);
    assertThat(coordinates.split(" ")).hasSize(5);
  }

  @Test
  void write_colourAndOpacity_asKmlAabbggrr() throws Exception {
    Geometry square = wkt("POLYGON ((181350 456880, 181720 456880, 181720 457300, 181350 456880))");

    Document doc = parse(kmlOf(List.of(new KmlWriter.Placemark("A", "A", "", square, "#1f77b4", 0.4))));

    Element poly = (Element) doc.getElementsByTagNameNS("http://www.opengis.net/kml/2.2", "PolyStyle").item(0);
    assertThat(poly.getTextContent().strip()).isEqualTo("66b4771f");
    Element line = (Element) doc.getElementsByTagNameNS("http://www.opengis.net/kml/2.2", "LineStyle").item(0);
    assertThat(line.getElementsByTagNameNS("http://www.opengis.net/kml/2.2", "color").item(0).getTextContent())
        .isEqualTo("ffb4771f");
  }

  @Test
  void write_multiPolygonWithHole_multiGeometryAndInnerBoundary() throws Exception {
    Geometry multi = wkt("MULTIPOLYGON (((181000 456000, 181100 456000, 181100 456100, 181000 456100, 181000 456000),"
        + " (181040 456040, 181060 456040, 181060 456060, 181040 456040)), ((181200 456000, 181300 456000, 181300 456100, 181200 456000)))");

    Document doc = parse(kmlOf(List.of(new KmlWriter.Placemark("A", "A", "", multi, "#1f77b4", 0.4))));

    String ns = "http://www.opengis.net/kml/2.2";
    assertThat(doc.getElementsByTagNameNS(ns, "MultiGeometry").getLength()).isEqualTo(1);
    assertThat(doc.getElementsByTagNameNS(ns, "Polygon").getLength()).isEqualTo(2);
    assertThat(doc.getElementsByTagNameNS(ns, "innerBoundaryIs").getLength()).isEqualTo(1);
  }

  @Test
  void write_markupInText_escaped() throws Exception {
    Geometry square = wkt("POLYGON ((181350 456880, 181720 456880, 181720 457300, 181350 456880))");

    byte[] kml = kmlOf(List.of(new KmlWriter.Placemark("A", "Dorp & <Centrum>", "x < y", square, "#1f77b4", 0.4)));

    Document doc = parse(kml);
    String ns = "http://www.opengis.net/kml/2.2";
    assertThat(doc.getElementsByTagNameNS(ns, "Document").item(0).getFirstChild().getTextContent()).isEqualTo("Groepen <Otterlo>");
    assertThat(((Element) doc.getElementsByTagNameNS(ns, "Placemark").item(0)).getElementsByTagNameNS(ns, "name")
        .item(0).getTextContent()).isEqualTo("Dorp & <Centrum>");
    assertThat(new String(kml, StandardCharsets.UTF_8)).doesNotContain("<Centrum>");
  }

  @Test
  void write_toFile_replacesTargetAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("groups.kml");
    Files.writeString(file, "old");
    Geometry square = wkt("POLYGON ((181350 456880, 181720 456880, 181720 457300, 181350 456880))");

    KmlWriter.write("Groepen", List.of(new KmlWriter.Placemark("A", "A", "", square, "#1f77b4", 0.4)), file);

    assertThat(Files.readString(file)).startsWith("<?xml");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void placemark_badColour_refusedNamingPlacemark() throws Exception {
    Geometry square = wkt("POLYGON ((181350 456880, 181720 456880, 181720 457300, 181350 456880))");

    assertThatThrownBy(() -> new KmlWriter.Placemark("OTT-09", "A", "", square, "blue", 0.4))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OTT-09").hasMessageContaining("'blue'");
  }

  @Test
  void write_controlCharactersAndLoneSurrogates_replacedSoTheDocumentParses() throws Exception {
    Geometry square = wkt("POLYGON ((181000 456000, 181100 456000, 181100 456100, 181000 456100, 181000 456000))");
    Document doc = parse(kmlOf(List.of(new KmlWriter.Placemark("A\u0000", "Naam\u001b\ud800", "regel\u0007", square,
        "#1f77b4", 0.4, java.util.Map.of("notitie", "x\udfff\uFFFE")))));

    assertThat(doc.getElementsByTagName("name").item(1).getTextContent()).isEqualTo("Naam\uFFFD\uFFFD");
    assertThat(doc.getElementsByTagName("value").item(0).getTextContent()).isEqualTo("x\uFFFD\uFFFD");
  }

  @Test
  void write_clockwiseShell_writtenCounterClockwiseWithExtendedDataAndSharedStyle() throws Exception {
    Geometry clockwise = wkt("POLYGON ((181000 456000, 181000 456100, 181100 456100, 181100 456000, 181000 456000))");
    Document doc = parse(kmlOf(List.of(
        new KmlWriter.Placemark("A", "A", "", clockwise, "#1f77b4", 0.4, java.util.Map.of("members", "12")),
        new KmlWriter.Placemark("B", "B", "", clockwise, "#1f77b4", 0.4))));

    String[] points = doc.getElementsByTagName("coordinates").item(0).getTextContent().split(" ");
    org.locationtech.jts.geom.Coordinate[] ring = new org.locationtech.jts.geom.Coordinate[points.length];
    for (int i = 0; i < points.length; i++) {
      String[] xy = points[i].split(",");
      ring[i] = new org.locationtech.jts.geom.Coordinate(Double.parseDouble(xy[0]), Double.parseDouble(xy[1]));
    }
    assertThat(org.locationtech.jts.algorithm.Orientation.isCCW(ring)).isTrue();
    assertThat(doc.getElementsByTagName("Style").getLength()).isEqualTo(1);
    assertThat(doc.getElementsByTagName("styleUrl").item(1).getTextContent()).isEqualTo("#style-1");
    assertThat(((org.w3c.dom.Element) doc.getElementsByTagName("Data").item(0)).getAttribute("name")).isEqualTo("members");
    assertThat(KmlReader.readGroups(new java.io.ByteArrayInputStream(kmlOf(List.of(
        new KmlWriter.Placemark("A", "A", "", clockwise, "#1f77b4", 0.4, java.util.Map.of("members", "12"))))), "a.kml")
        .get(0).members()).isEqualTo(12);
  }
}
