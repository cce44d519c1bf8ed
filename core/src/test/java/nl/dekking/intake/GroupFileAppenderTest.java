package nl.dekking.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.dekking.model.Group;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** Appending a group to an existing GeoJSON groups file keeps the existing features as they were written. */
class GroupFileAppenderTest {

  @TempDir
  Path dir;

  @Test
  void append_keepsTheExistingNumbersInTheTextTheyWereWrittenIn() throws Exception {
    Path existing = dir.resolve("groepen.geojson");
    Files.writeString(existing, """
        {"type": "FeatureCollection",
         "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}},
         "features": [{"type": "Feature", "id": "noord",
           "properties": {"naam": "Noord", "oppervlakte": 187000.0, "dekking": 5.90, "grens": 1e5, "leden": 40,
                          "nul": -0.0, "klein": 0.0000001},
           "geometry": {"type": "Polygon", "coordinates": [[[181000.125, 449000.0], [181100.0, 449000.0],
             [181100.0, 449100.50], [181000.125, 449000.0]]]}}]}
        """, StandardCharsets.UTF_8);
    GeometryFactory f = new GeometryFactory();
    Group zuid = Group.of("zuid", "Zuid", f.createPolygon(new Coordinate[] {new Coordinate(181000, 448800),
        new Coordinate(181100, 448800), new Coordinate(181100, 448900), new Coordinate(181000, 448800)}));
    Path out = dir.resolve("nieuw.geojson");

    GroupFileAppender.append(existing, List.of(zuid), out, List.of(existing));

    String written = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(written).contains("187000.0", "5.90", "1e5", "\"leden\" : 40", "-0.0", "0.0000001", "181000.125",
        "449100.50", "\"zuid\"");
    assertThat(written).doesNotContain("E+", "1.87", "1E-7");
  }
}
