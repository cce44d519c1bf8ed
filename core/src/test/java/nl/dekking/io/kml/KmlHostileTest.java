package nl.dekking.io.kml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.dekking.io.DataFileException;
import nl.dekking.model.Group;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.MultiPolygon;

/** KML and KMZ files made to exhaust memory or lose an area: each is refused by name or read whole. */
class KmlHostileTest {

  static final String SQUARE = KmlTestFiles.SQUARE;
  static final String EAST = KmlTestFiles.EAST;

  @TempDir
  Path dir;

  static List<Group> read(String kml) {
    return KmlReader.readGroups(new ByteArrayInputStream(kml.getBytes(StandardCharsets.UTF_8)), "kaart.kml");
  }

  static String placemark(String geometry) {
    return "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><Placemark><name>Noord</name>" + geometry
        + "</Placemark></Document></kml>";
  }

  static String ring(String coordinates) {
    return "<LinearRing><coordinates>" + coordinates + "</coordinates></LinearRing>";
  }

  @Test
  void readGroups_kmzInflatingAThousandTimes_isRefusedNamingTheFile() throws IOException {
    Path kmz = dir.resolve("bom.kmz");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(kmz))) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      zip.putNextEntry(new ZipEntry("doc.kml"));
      zip.write("<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><description>".getBytes(StandardCharsets.UTF_8));
      writeSpaces(zip, 64 << 20);
      zip.write("</description></Document></kml>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    assertThat(Files.size(kmz)).isLessThan(1 << 20);

    assertThatThrownBy(() -> KmlReader.readGroups(kmz))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith(kmz + ": KMZ entry 'doc.kml' inflates more than 100 times")
        .hasMessageContaining("refused");
  }

  @Test
  void readGroups_kmzWithABombBeforeTheKml_isRefusedNamingTheEntry() throws IOException {
    Path kmz = dir.resolve("icons.kmz");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(kmz))) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      zip.putNextEntry(new ZipEntry("files/icon.png"));
      writeSpaces(zip, 64 << 20);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("doc.kml"));
      zip.write(placemark("<Polygon><outerBoundaryIs>" + ring(SQUARE) + "</outerBoundaryIs></Polygon>")
          .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }

    assertThatThrownBy(() -> KmlReader.readGroups(kmz))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith(kmz + ": KMZ entry 'files/icon.png' inflates more than 100 times");
  }

  @Test
  void readGroups_kmzOfAnOrdinaryMap_isRead() throws IOException {
    Path kmz = dir.resolve("kaart.kmz");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(kmz))) {
      zip.putNextEntry(new ZipEntry("doc.kml"));
      zip.write(placemark("<Polygon><outerBoundaryIs>" + ring(SQUARE) + "</outerBoundaryIs></Polygon>")
          .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }

    assertThat(KmlReader.readGroups(kmz)).extracting(Group::id).containsExactly("Noord");
  }

  @Test
  void readGroups_polygonWithTwoOuterBoundaries_givesAMultiPolygonOfBoth() {
    List<Group> groups = read(placemark("<Polygon><outerBoundaryIs>" + ring(SQUARE) + "</outerBoundaryIs>"
        + "<outerBoundaryIs>" + ring(EAST) + "</outerBoundaryIs></Polygon>"));

    assertThat(groups).singleElement().satisfies(g -> {
      assertThat(g.area()).isInstanceOf(MultiPolygon.class);
      assertThat(g.area().getNumGeometries()).isEqualTo(2);
    });
  }

  @Test
  void readGroups_outerBoundaryWithTwoRings_givesAMultiPolygonOfBoth() {
    List<Group> groups = read(placemark("<Polygon><outerBoundaryIs>" + ring(SQUARE) + ring(EAST)
        + "</outerBoundaryIs></Polygon>"));

    assertThat(groups).singleElement().satisfies(g -> assertThat(g.area().getNumGeometries()).isEqualTo(2));
  }

  @Test
  void readGroups_zeroAreaRing_isRefusedNamingFileAndPlacemark() {
    String flat = "5.92,52.96 5.93,52.961 5.92,52.96 5.92,52.96";

    assertThatThrownBy(() -> read(placemark("<Polygon><outerBoundaryIs>" + ring(flat) + "</outerBoundaryIs></Polygon>")))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("kaart.kml, feature 0 (id 'Noord'): ")
        .hasMessageContaining("encloses nothing");
  }

  @Test
  void readGroups_onePointRing_isRefusedNamingFileAndPlacemark() {
    assertThatThrownBy(() -> read(placemark("<Polygon><outerBoundaryIs>" + ring("5.92,52.96")
        + "</outerBoundaryIs></Polygon>")))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("kaart.kml, feature 0 (id 'Noord'): outer boundary has 1 coordinates");
  }

  @Test
  void readGroups_holeEqualToItsShell_isRefusedNamingFileAndPlacemark() {
    assertThatThrownBy(() -> read(placemark("<Polygon><outerBoundaryIs>" + ring(SQUARE) + "</outerBoundaryIs>"
        + "<innerBoundaryIs>" + ring(SQUARE) + "</innerBoundaryIs></Polygon>")))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("kaart.kml, feature 0 (id 'Noord'): ")
        .hasMessageContaining("encloses nothing");
  }

  private static void writeSpaces(OutputStream out, int count) throws IOException {
    byte[] chunk = new byte[1 << 16];
    java.util.Arrays.fill(chunk, (byte) ' ');
    for (int written = 0; written < count; written += chunk.length) {
      out.write(chunk);
    }
  }
}
