package nl.dekking.io.kml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.dekking.crs.RdNew;
import nl.dekking.io.DataFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

class KmlReaderTest {

  static final String SQUARE = KmlTestFiles.SQUARE;
  static final String EAST = KmlTestFiles.EAST;
  static final String MY_MAPS = KmlTestFiles.MY_MAPS;

  @TempDir
  Path dir;

  static List<KmlPlacemark> read(String kml) throws IOException {
    return KmlReader.readPlacemarks(new ByteArrayInputStream(kml.getBytes(StandardCharsets.UTF_8)), "kaart.kml");
  }

  @Test
  void readPlacemarks_myMapsExport_readsAreasWithProperties() throws IOException {
    List<KmlPlacemark> placemarks = read(MY_MAPS);

    assertThat(placemarks).hasSize(2);
    KmlPlacemark first = placemarks.get(0);
    assertThat(first.properties()).containsExactly(
        java.util.Map.entry("name", "Heerenveen-Noord & Oost"),
        java.util.Map.entry("description", "beheerder: J. de Vries<br>leden: 38"),
        java.util.Map.entry("id", "HV-01"),
        java.util.Map.entry("beheerder", "J. de Vries"),
        java.util.Map.entry("leden", "38"),
        java.util.Map.entry("folder", "Groepen Heerenveen"));
    assertThat(first.id()).isEmpty();
    assertThat(placemarks.get(1).id()).contains("pm-2");
    assertThat(placemarks.get(1).properties()).containsEntry("leden", "12");
  }

  @Test
  void readPlacemarks_polygonWithInnerBoundary_hasAHoleInRdNew() throws IOException {
    Polygon area = (Polygon) read(MY_MAPS).get(0).area();

    assertThat(area.getSRID()).isEqualTo(RdNew.EPSG);
    assertThat(area.getNumInteriorRing()).isEqualTo(1);
    Coordinate corner = RdNew.fromWgs84(5.92, 52.96);
    assertThat(area.getExteriorRing().getCoordinateN(0).x).isCloseTo(corner.x, within(1e-6));
    assertThat(area.getExteriorRing().getCoordinateN(0).y).isCloseTo(corner.y, within(1e-6));
    // edges of 0.01 degree longitude and 0.005 degree latitude at 52.96 N: about 672 m and 556 m
    Coordinate[] shell = area.getExteriorRing().getCoordinates();
    assertThat(shell[0].distance(shell[1])).isCloseTo(672, within(3.0));
    assertThat(shell[1].distance(shell[2])).isCloseTo(556, within(3.0));
  }

  @Test
  void readPlacemarks_multiGeometryOfPolygonsAndAPoint_isAMultiPolygon() throws IOException {
    KmlPlacemark second = read(MY_MAPS).get(1);

    assertThat(second.area()).isInstanceOf(MultiPolygon.class);
    assertThat(second.area().getNumGeometries()).isEqualTo(2);
  }

  @Test
  void readPlacemarks_externalEntity_isRefusedAndNothingIsRead() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "wachtwoord-van-de-gemeente");
    String xxe = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE kml [ <!ENTITY xxe SYSTEM "%s"> ]>
        <kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>&xxe;</name>
        <Polygon><outerBoundaryIs><LinearRing><coordinates>%s</coordinates></LinearRing></outerBoundaryIs></Polygon>
        </Placemark></Document></kml>
        """.formatted(secret.toUri(), SQUARE);

    assertThatThrownBy(() -> read(xxe))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("kaart.kml: declares a DOCTYPE at line 2")
        .hasMessageContaining("DTDs and external entities are refused")
        .hasMessageNotContaining("wachtwoord");
  }

  @Test
  void readPlacemarks_entityExpansionBomb_isRefused() {
    String bomb = """
        <?xml version="1.0"?>
        <!DOCTYPE kml [ <!ENTITY a "aaaaaaaaaa"> <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"> ]>
        <kml><Document><name>&b;</name></Document></kml>
        """;

    assertThatThrownBy(() -> read(bomb)).isInstanceOf(DataFileException.class).hasMessageContaining("DOCTYPE");
  }

  @Test
  void readPlacemarks_unclosedRing_failsNamingThePlacemark() {
    String kml = MY_MAPS.replace(EAST, "5.94,52.96 5.95,52.96 5.95,52.965 5.94,52.965");

    assertThatThrownBy(() -> read(kml))
        .isInstanceOf(DataFileException.class)
        .hasMessage("kaart.kml, feature 1 (id 'Skoatterwâld'): polygon 2 outer boundary is not closed: it starts at"
            + " 5.94,52.96 and ends at 5.94,52.965");
  }

  @Test
  void readPlacemarks_latitudeFirst_failsSayingTheAxesAreSwapped() {
    String kml = MY_MAPS.replace(SQUARE, "52.96,5.92 52.96,5.93 52.965,5.93 52.965,5.92 52.96,5.92");

    assertThatThrownBy(() -> read(kml))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("kaart.kml, feature 0 (id 'Heerenveen-Noord & Oost'): point 52.96, 5.92")
        .hasMessageContaining("latitude and longitude look swapped");
  }

  @Test
  void readPlacemarks_badCoordinate_failsNamingTheTuple() {
    String kml = MY_MAPS.replace("5.95,52.965 5.94,52.96", "5.95;52.965 5.94,52.96");

    assertThatThrownBy(() -> read(kml))
        .isInstanceOf(DataFileException.class)
        .hasMessage("kaart.kml, feature 1 (id 'Skoatterwâld'): coordinate '5.95;52.965' is not lon,lat or lon,lat,alt");
  }

  @Test
  void readPlacemarks_truncatedXml_failsWithLineNumber() {
    String kml = MY_MAPS.substring(0, MY_MAPS.indexOf("</Folder>"));

    assertThatThrownBy(() -> read(kml))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("kaart.kml: is not well-formed XML at line");
  }

  @Test
  void readPlacemarks_kmz_readsTheKmlInside() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("doc.kml"));
      zip.write(MY_MAPS.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    Path kmz = dir.resolve("kaart.kmz");
    Files.write(kmz, bytes.toByteArray());

    assertThat(KmlReader.readPlacemarks(kmz)).hasSize(2);
  }
}
