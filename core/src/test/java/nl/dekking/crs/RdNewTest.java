package nl.dekking.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class RdNewTest {

  @Test
  void fromWgs84_goldenPointInFriesland_matchesPublishedRdWithin5cm() {
    Coordinate rd = RdNew.fromWgs84(5.92, 52.96);
    assertThat(rd.x).isCloseTo(190801.65, within(0.05));
    assertThat(rd.y).isCloseTo(552685.26, within(0.05));
  }

  @Test
  void toWgs84_goldenRdPoint_matchesPublishedLatLon() {
    Coordinate ll = RdNew.toWgs84(190801.65, 552685.26);
    // 0.05 m is about 7e-7 degrees of latitude and 1.1e-6 of longitude here
    assertThat(ll.x).isCloseTo(5.92, within(1.2e-6));
    assertThat(ll.y).isCloseTo(52.96, within(7e-7));
  }

  @Test
  void roundTrip_acrossTheCountry_isWithinOneMillimetre() {
    double[][] points = {{5.92, 52.96}, {3.5, 51.4}, {7.1, 53.3}, {5.77, 52.09}, {4.9, 52.37}, {6.0, 50.8}};
    for (double[] p : points) {
      Coordinate rd = RdNew.fromWgs84(p[0], p[1]);
      Coordinate back = RdNew.toWgs84(rd.x, rd.y);
      Coordinate again = RdNew.fromWgs84(back.x, back.y);
      assertThat(again.distance(rd)).as("round trip of %s, %s", p[0], p[1]).isLessThan(0.001);
    }
  }

  @Test
  void fromWgs84_swappedLatitudeAndLongitude_isAnErrorThatSaysSo() {
    assertThatThrownBy(() -> RdNew.fromWgs84(52.96, 5.92))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside the Netherlands")
        .hasMessageContaining("swapped");
  }

  @Test
  void requireInNetherlands_degreesReadAsRd_suggestsWrongCrs() {
    assertThatThrownBy(() -> RdNew.requireInNetherlands(5.92, 52.96, "household 7"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("household 7 lies outside the Netherlands")
        .hasMessageContaining("WGS84");
  }

  @Test
  void wgs84ToRd_rdCoordinatesDeclaredAsWgs84_isAnErrorThatSuggestsRd() {
    CrsTransform t = CrsTransform.wgs84ToRd();
    assertThatThrownBy(() -> t.apply(190801.65, 552685.26))
        .hasMessageContaining("outside the Netherlands")
        .hasMessageContaining("EPSG:28992");
  }

  @Test
  void toRd_byCrsName_acceptsGeoJsonAndGdalSpellings() {
    assertThat(CrsTransform.toRd("urn:ogc:def:crs:EPSG::28992").isIdentity()).isTrue();
    assertThat(CrsTransform.toRd("EPSG:28992").isIdentity()).isTrue();
    assertThat(CrsTransform.toRd("urn:ogc:def:crs:OGC:1.3:CRS84").isIdentity()).isFalse();
    assertThat(CrsTransform.toRd("EPSG:4326").apply(5.92, 52.96).x).isCloseTo(190801.65, within(0.05));
  }

  @Test
  void toRd_otherCrs_isRefusedWithAHint() {
    assertThatThrownBy(() -> CrsTransform.toRd("EPSG:3857"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("EPSG:3857")
        .hasMessageContaining("proj4");
  }

  @Test
  void proj4ToRd_callerSuppliedWgs84Definition_givesTheSameRdAsTheBuiltIn() {
    CrsTransform custom = CrsTransform.proj4ToRd("+proj=longlat +datum=WGS84 +no_defs");
    assertThat(custom.apply(5.92, 52.96).distance(RdNew.fromWgs84(5.92, 52.96))).isLessThan(0.001);
  }

  @Test
  void proj4ToRd_unparseableDefinition_isRefusedNamingIt() {
    assertThatThrownBy(() -> CrsTransform.proj4ToRd("+proj=nonsense"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("+proj=nonsense");
  }

  @Test
  void applyGeometry_wgs84Polygon_becomesRdWithSrid() throws ParseException {
    Geometry wgs = new WKTReader().read("POLYGON ((5.9 52.95, 5.94 52.95, 5.94 52.97, 5.9 52.97, 5.9 52.95))");
    Geometry rd = CrsTransform.wgs84ToRd().apply(wgs);
    assertThat(rd.getSRID()).isEqualTo(RdNew.EPSG);
    assertThat(rd.getArea()).isCloseTo(2690.0 * 2225.0, within(60_000.0));
    assertThat(wgs.getCoordinates()[0].x).as("input untouched").isEqualTo(5.9);
  }
}
