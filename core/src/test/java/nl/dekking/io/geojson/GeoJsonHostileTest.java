package nl.dekking.io.geojson;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.dekking.io.DataFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GeoJSON made to be read two ways or to hide a broken area: each is refused naming file, feature and reason. */
class GeoJsonHostileTest {

  static final String RD = "{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::28992\"}}";
  static final String WGS = "{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:OGC:1.3:CRS84\"}}";
  static final String SQUARE = "[[180000,455000],[180100,455000],[180100,455100],[180000,455100],[180000,455000]]";

  @TempDir
  Path dir;

  static String group(String id, String rings) {
    return "{\"type\":\"Feature\",\"properties\":{\"id\":\"" + id + "\"},\"geometry\":{\"type\":\"Polygon\","
        + "\"coordinates\":" + rings + "}}";
  }

  Path file(String json) throws IOException {
    return Files.writeString(dir.resolve("groepen.geojson"), json);
  }

  @Test
  void readGroups_twoFeaturesMembers_isRefusedNamingTheMember() throws IOException {
    Path f = file("{\"type\":\"FeatureCollection\",\"crs\":" + RD + ",\"features\":[" + group("A", "[" + SQUARE + "]")
        + "],\"features\":[" + group("B", "[" + SQUARE + "]") + "]}");

    assertThatThrownBy(() -> GeoJsonReader.readGroups(f))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith(f + ": not valid JSON at line 1")
        .hasMessageContaining("Duplicate field 'features'");
  }

  @Test
  void readGroups_conflictingCrsMembers_isRefusedNamingTheMember() throws IOException {
    Path f = file("{\"type\":\"FeatureCollection\",\"crs\":" + RD + ",\"crs\":" + WGS + ",\"features\":["
        + group("A", "[" + SQUARE + "]") + "]}");

    assertThatThrownBy(() -> GeoJsonReader.readGroups(f))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith(f + ": not valid JSON")
        .hasMessageContaining("Duplicate field 'crs'");
  }

  @Test
  void readGroups_crsBeforeAndAfterTheFeatures_isRefused() throws IOException {
    Path f = file("{\"type\":\"FeatureCollection\",\"crs\":" + RD + ",\"features\":[" + group("A", "[" + SQUARE + "]")
        + "],\"crs\":" + WGS + "}");

    assertThatThrownBy(() -> GeoJsonReader.readGroups(f))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("Duplicate field 'crs'");
  }

  @Test
  void readGroups_holeEqualToItsShell_isRefusedNamingTheFeature() throws IOException {
    Path f = file("{\"type\":\"FeatureCollection\",\"crs\":" + RD + ",\"features\":[" + group("A", "[" + SQUARE + "]")
        + "," + group("B", "[" + SQUARE + "," + SQUARE + "]") + "]}");

    assertThatThrownBy(() -> GeoJsonReader.readGroups(f))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith(f + ", feature 1: group 'B' area encloses nothing");
  }

  @Test
  void readGroups_zeroAreaRing_isRefusedNamingTheFeature() throws IOException {
    Path f = file("{\"type\":\"FeatureCollection\",\"crs\":" + RD + ",\"features\":[" + group("A",
        "[[[180000,455000],[180100,455000],[180000,455000],[180000,455000]]]") + "]}");

    assertThatThrownBy(() -> GeoJsonReader.readGroups(f))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith(f + ", feature 0: group 'A' area encloses nothing");
  }

  @Test
  void readGroups_onePointRing_isRefusedNamingTheFeature() throws IOException {
    Path f = file("{\"type\":\"FeatureCollection\",\"crs\":" + RD + ",\"features\":[" + group("A",
        "[[[180000,455000]]]") + "]}");

    assertThatThrownBy(() -> GeoJsonReader.readGroups(f))
        .isInstanceOf(DataFileException.class)
        .hasMessage(f + ", feature 0: exterior ring has 1 positions; a ring needs at least 4 (3 corners and the first"
            + " repeated at the end)");
  }
}
