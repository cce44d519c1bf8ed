package nl.dekking.report.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import nl.dekking.crs.RdNew;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class MapSceneTest {

  private static final Envelope EXTENT = new Envelope(181000, 182000, 456000, 456500);

  static Geometry wkt(String wkt) {
    try {
      return new WKTReader(RdNew.GEOMETRY_FACTORY).read(wkt);
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  @Test
  void builder_extentTwiceAsWideAsHigh_mapIsHalfAsHighAsWide() {
    MapScene scene = MapScene.builder(EXTENT, 1000).build();

    assertThat(scene.width()).isEqualTo(1000);
    assertThat(scene.mapHeight()).isEqualTo(500);
    assertThat(scene.metresPerPixel()).isEqualTo(1.0);
  }

  @Test
  void area_squareInRd_projectedWithNorthUp() {
    MapScene scene = MapScene.builder(EXTENT, 500)
        .area(MapLayer.GROUP, "A", "", "#2ca02c", wkt("POLYGON ((181100 456400, 181200 456400, 181200 456450, 181100 456450, 181100 456400))"))
        .build();

    double[] ring = scene.shapes(MapLayer.GROUP).get(0).rings().get(0);
    // 2 m per pixel; the south-west corner (181100, 456400) is 50 px right and (456500 - 456400) / 2 = 50 px down
    assertThat(ring[0]).isCloseTo(50, within(0.05));
    assertThat(ring[1]).isCloseTo(50, within(0.05));
    // the north-east corner (181200, 456450) is higher up on the screen: smaller y
    assertThat(ring[4]).isCloseTo(100, within(0.05));
    assertThat(ring[5]).isCloseTo(25, within(0.05));
  }

  @Test
  void areaLabel_staircaseOutlineWithThousandsOfVertices_labelInsideNearTheWidestPart() {
    // an L of a wide block and a thin arm, its edges a fine staircase as a raster-drawn gap outline has
    StringBuilder ring = new StringBuilder("POLYGON ((181000 456000");
    for (int i = 1; i <= 400; i++) { // the south edge, 2.5 m steps
      ring.append(", ").append(181000 + i * 2.5).append(' ').append(456000 + (i % 2) * 0.5);
    }
    ring.append(", 182000 456100, 181300 456100, 181300 456500, 181000 456500, 181000 456000))");
    Geometry area = wkt(ring.toString());
    MapScene scene = MapScene.builder(EXTENT, 1000).areaLabel(MapScene.TextKind.GAP, "1", area).build();

    MapScene.Text label = scene.texts().get(0);
    // 1 m per pixel: back to RD New
    double x = 181000 + label.x();
    double y = 456500 - label.y();
    assertThat(area.contains(RdNew.GEOMETRY_FACTORY.createPoint(new org.locationtech.jts.geom.Coordinate(x, y))))
        .isTrue();
    // the widest part is the 300 x 500 m block (inscribed circle radius 150 m), not the 100 m thin arm
    assertThat(x).isCloseTo(181150, within(5.0));
  }

  @Test
  void areaLabel_areaAPixelAcross_labelInsideIt() {
    // 1 m per pixel: a 2 m wide L-shaped hamlet gap, smaller than the label tolerance
    Geometry area = wkt("POLYGON ((181500 456200, 181502 456200, 181502 456200.5, 181500.5 456200.5, 181500.5 456202, 181500 456202, 181500 456200))");
    MapScene scene = MapScene.builder(EXTENT, 1000).areaLabel(MapScene.TextKind.GAP, "4", area).build();

    MapScene.Text label = scene.texts().get(0);
    assertThat(area.buffer(0.05).contains(RdNew.GEOMETRY_FACTORY.createPoint(
        new org.locationtech.jts.geom.Coordinate(181000 + label.x(), 456500 - label.y())))).isTrue();
  }

  @Test
  void areaLabel_smallConvexOutline_labelAtItsCentroid() {
    // a capsule around three houses in a row with a 10 m margin: convex, labelled in its middle
    Geometry area = wkt("MULTIPOINT ((181400 456200), (181450 456200), (181500 456200))").convexHull().buffer(10, 4);
    MapScene scene = MapScene.builder(EXTENT, 1000).areaLabel(MapScene.TextKind.GAP, "2", area).build();

    MapScene.Text label = scene.texts().get(0);
    assertThat(181000 + label.x()).isCloseTo(181450, within(0.1));
    assertThat(456500 - label.y()).isCloseTo(456200, within(0.1));
  }

  @Test
  void areaLabel_areaOffTheMap_noLabel() {
    MapScene scene = MapScene.builder(EXTENT, 500)
        .areaLabel(MapScene.TextKind.GAP, "7", wkt("POLYGON ((190000 456000, 190100 456000, 190100 456100, 190000 456100, 190000 456000))"))
        .build();

    assertThat(scene.texts()).isEmpty();
  }

  @Test
  void area_outsideExtent_leftOut() {
    MapScene scene = MapScene.builder(EXTENT, 500)
        .area(MapLayer.ROAD, "", "", "", wkt("POLYGON ((190000 456000, 190010 456000, 190010 456010, 190000 456000))"))
        .point(MapLayer.HOUSEHOLD_UNCOVERED, "h", "", 170000, 456000)
        .build();

    assertThat(scene.shapes()).isEmpty();
  }

  @Test
  void shapes_addedOutOfLayerOrder_drawnInLayerOrder() {
    MapScene scene = MapScene.builder(EXTENT, 500)
        .point(MapLayer.HOUSEHOLD_COVERED, "h", "", 181500, 456200)
        .area(MapLayer.GROUP, "A", "", "", wkt("POLYGON ((181100 456100, 181900 456100, 181900 456400, 181100 456100))"))
        .area(MapLayer.ROAD, "", "", "", wkt("POLYGON ((181100 456100, 181900 456100, 181900 456110, 181100 456100))"))
        .build();

    assertThat(scene.shapes()).extracting(MapScene.Shape::layer)
        .containsExactly(MapLayer.ROAD, MapLayer.GROUP, MapLayer.HOUSEHOLD_COVERED);
  }

  @Test
  void area_onPointLayer_refused() {
    MapScene.Builder builder = MapScene.builder(EXTENT, 500);
    Geometry square = wkt("POLYGON ((181100 456100, 181900 456100, 181900 456400, 181100 456100))");

    assertThatThrownBy(() -> builder.area(MapLayer.HOUSEHOLD_COVERED, "x", "", "", square))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HOUSEHOLD_COVERED");
  }

  @Test
  void legend_badColour_refusedWithValue() {
    assertThatThrownBy(() -> MapScene.builder(EXTENT, 500).legend(MapLayer.GROUP, "red", "Groep"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'red'");
  }

  @Test
  void niceLength_variousLengths_largestRoundLengthNotAbove() {
    assertThat(MapScene.niceLength(1234)).isEqualTo(1000);
    assertThat(MapScene.niceLength(480)).isEqualTo(200);
    assertThat(MapScene.niceLength(523)).isEqualTo(500);
    assertThat(MapScene.niceLength(0.4)).isEqualTo(1);
  }

  @Test
  void scaleBar_barLength_matchesMetresAtMapScale() {
    MapScene scene = MapScene.builder(EXTENT, 800).build();

    MapScene.ScaleBar bar = scene.scaleBar();
    assertThat(bar.metres()).isEqualTo(200);
    assertThat(bar.pixels() * scene.metresPerPixel()).isCloseTo(200, within(0.2));
    assertThat(bar.label()).isEqualTo("200 m");
    assertThat(new MapScene.ScaleBar(2000, 1, 0, 0).label()).isEqualTo("2 km");
  }

  @Test
  void text_upsideDownAngle_turnedToReadLeftToRight() {
    MapScene scene = MapScene.builder(EXTENT, 500)
        .text(MapScene.TextKind.STREET, "Dorpsstraat", 181500, 456250, 135)
        .build();

    assertThat(scene.texts().get(0).angleDegrees()).isEqualTo(-45);
  }

  @Test
  void build_legendEntries_placedBelowMapInBand() {
    MapScene scene = MapScene.builder(EXTENT, 600)
        .legend(MapLayer.GROUP, "#2ca02c", "Groep")
        .legend(MapLayer.GAP, "", "Gat")
        .legend(MapLayer.OVERLAP, "", "Overlap")
        .build();

    assertThat(scene.legend()).allSatisfy(e -> assertThat(e.y()).isGreaterThan(scene.mapHeight()));
    assertThat(scene.legend().get(scene.legend().size() - 1).y() + 14).isLessThan(scene.height());
  }
}
