package nl.dekking.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.dekking.crs.RdNew;
import nl.dekking.model.Street;
import nl.dekking.report.map.MapBackground;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

class MapBackgroundOptionsTest {

  @TempDir
  Path dir;

  @Test
  void fromLines_centreLine_becomesAnEightMetreRoadNamedAtItsMiddle() {
    Geometry line = RdNew.GEOMETRY_FACTORY.createLineString(new Coordinate[] {new Coordinate(181_400, 457_000),
        new Coordinate(181_500, 457_000)});

    MapBackground b = MapBackgroundOptions.fromLines(List.of(new Street("Lijnweg", "Otterlo", Optional.of(line))));

    assertThat(b.roads()).hasSize(1);
    assertThat(b.roads().get(0).getArea()).isBetween(790.0, 860.0); // 100 m by 8 m, with rounded ends
    assertThat(b.labels()).singleElement().satisfies(l -> {
      assertThat(l.text()).isEqualTo("Lijnweg");
      assertThat(l.x()).isEqualTo(181_450, org.assertj.core.data.Offset.offset(0.01));
      assertThat(l.angleDegrees()).isEqualTo(0, org.assertj.core.data.Offset.offset(0.01));
    });
  }

  @Test
  void report_roadLinesOfOwnData_drawsRoadsUnderTheReportMap() throws IOException {
    Path households = dir.resolve("addresses.geojson");
    Path groups = dir.resolve("groups.geojson");
    try (InputStream a = SampleData.open(SampleData.ADDRESSES); InputStream g = SampleData.open(SampleData.GROUPS)) {
      Files.copy(a, households);
      Files.copy(g, groups);
    }
    Path lines = dir.resolve("nwb.geojson");
    Files.writeString(lines, """
        {"type": "FeatureCollection",
         "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}},
         "features": [{"type": "Feature", "properties": {"stt_naam": "Lijnweg", "wpsnaamnen": "Otterlo"},
           "geometry": {"type": "LineString", "coordinates": [[181400, 457000], [181700, 457050]]}}]}
        """, StandardCharsets.UTF_8);

    PublishCommandTest.Result r = PublishCommandTest.run("report", "--households", households.toString(), "--groups",
        groups.toString(), "--road-lines", lines.toString(), "--out", dir.resolve("rapport").toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(dir.resolve("rapport/report.html"), StandardCharsets.UTF_8))
        .contains("class=\"layer-road\"").contains(">Lijnweg</text>");
  }
}
