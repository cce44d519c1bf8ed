package nl.dekking.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report --gemeente} is never silently ignored. */
class GemeenteOptionTest {

  private static Path write(Path dir, String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  private static Path households(Path dir) throws Exception {
    return write(dir, "addresses.geojson", """
        {"type": "FeatureCollection",
         "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}},
         "features": [
          {"type": "Feature", "properties": {"straatnaam": "Dorpsstraat", "huisnummer": "1", "postcode": "6731AA", "woonplaats": "Otterlo"},
           "geometry": {"type": "Point", "coordinates": [181500, 457100]}}
         ]}
        """);
  }

  private static Path groups(Path dir) throws Exception {
    return write(dir, "groups.geojson", """
        {"type": "FeatureCollection",
         "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}},
         "features": [
          {"type": "Feature", "properties": {"id": "D1", "name": "Dorp"},
           "geometry": {"type": "Polygon", "coordinates": [[[181400, 457000], [181600, 457000], [181600, 457200], [181400, 457200], [181400, 457000]]]}}
         ]}
        """);
  }

  @Test
  void report_gemeenteMatchingNoNeighbourhood_exitsWith2AndNamesTheCode(@TempDir Path dir) throws Exception {
    Path wijken = write(dir, "wijken.geojson", """
        {"type": "FeatureCollection",
         "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}},
         "features": [
          {"type": "Feature", "properties": {"wijkcode": "WK022801", "wijknaam": "Otterlo", "gemeentecode": "GM0228", "gemeentenaam": "Ede", "huishoudens": 900},
           "geometry": {"type": "Polygon", "coordinates": [[[181000, 456500], [182000, 456500], [182000, 458000], [181000, 458000], [181000, 456500]]]}}
         ]}
        """);
    ReportCommandTest.Run r = ReportCommandTest.run("report", "--households", households(dir).toString(),
        "--groups", groups(dir).toString(), "--neighbourhoods", wijken.toString(), "--gemeente", "GM9999",
        "--out", dir.resolve("out").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("GM9999").contains("no neighbourhoods").contains("wijken.geojson");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void report_gemeenteWithoutNeighbourhoods_exitsWith2AndSaysWhatItNeeds(@TempDir Path dir) throws Exception {
    ReportCommandTest.Run r = ReportCommandTest.run("report", "--households", households(dir).toString(),
        "--groups", groups(dir).toString(), "--gemeente", "Ede", "--out", dir.resolve("out").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--gemeente Ede needs --neighbourhoods");
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
