package nl.dekking.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.dekking.io.geojson.GeoJsonReader;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.model.Neighbourhood;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * The specialised RD New - WGS84 path against proj4j's own transformation of the same definitions: RD New to
 * WGS84 within 1e-12 degrees (about 0.1 micrometre; it does proj4j's conformal latitude in closed form), WGS84 to
 * RD New the same doubles, so that output files do not change with the faster path.
 */
class RdToWgs84Test {

  private static final String WGS84 = "+proj=longlat +datum=WGS84 +no_defs";
  private static final double TOLERANCE_DEGREES = 1e-12;

  /** proj4j's answer, with a fresh coordinate pair as CrsTransform used them. */
  private static final class Proj4j {
    private final CoordinateTransform transform;
    private final ProjCoordinate in = new ProjCoordinate();
    private final ProjCoordinate out = new ProjCoordinate();

    Proj4j(String from, String to) {
      CRSFactory crs = new CRSFactory();
      transform = new CoordinateTransformFactory().createTransform(
          crs.createFromParameters("from", from), crs.createFromParameters("to", to));
    }

    Coordinate apply(double x, double y) {
      in.x = x;
      in.y = y;
      transform.transform(in, out);
      return new Coordinate(out.x, out.y);
    }
  }

  /** Largest difference in either ordinate found so far, and the point where. */
  private static final class Worst {
    double difference;
    String where = "none";

    void compare(Coordinate expected, Coordinate actual, double x, double y) {
      double d = Math.max(Math.abs(expected.x - actual.x), Math.abs(expected.y - actual.y));
      if (d > difference || Double.isNaN(d)) {
        difference = d;
        where = x + ", " + y + ": expected " + expected + ", was " + actual;
      }
    }
  }

  @Test
  void toWgs84_denseGridOverRdExtent_isWithin1e12DegreesOfProj4j() {
    Proj4j proj4j = new Proj4j(RdNew.PROJ4, WGS84);
    Worst worst = new Worst();
    int points = 0;
    for (double x = RdNew.MIN_X; x <= RdNew.MAX_X; x += 500) {
      for (double y = RdNew.MIN_Y; y <= RdNew.MAX_Y; y += 500) {
        worst.compare(proj4j.apply(x, y), RdToWgs84.toWgs84(x, y), x, y);
        points++;
      }
    }
    assertThat(points).isEqualTo(615 * 681);
    assertThat(worst.difference).as("worst difference in degrees, at %s", worst.where).isLessThan(TOLERANCE_DEGREES);
  }

  @Test
  void toWgs84_randomPointsOverRdExtent_isWithin1e12DegreesOfProj4j() {
    Proj4j proj4j = new Proj4j(RdNew.PROJ4, WGS84);
    SplittableRandom random = new SplittableRandom(28992);
    Worst worst = new Worst();
    for (int i = 0; i < 300_000; i++) {
      double x = random.nextDouble(RdNew.MIN_X, RdNew.MAX_X);
      double y = random.nextDouble(RdNew.MIN_Y, RdNew.MAX_Y);
      worst.compare(proj4j.apply(x, y), RdToWgs84.toWgs84(x, y), x, y);
    }
    assertThat(worst.difference).as("worst difference in degrees, at %s", worst.where).isLessThan(TOLERANCE_DEGREES);
  }

  @Test
  void toWgs84_extentEdgesCornersAndOrigin_isWithin1e12DegreesOfProj4j() {
    Proj4j proj4j = new Proj4j(RdNew.PROJ4, WGS84);
    Worst worst = new Worst();
    double[] xs = {RdNew.MIN_X, Math.nextUp(RdNew.MIN_X), 0, 155_000, Math.nextDown(155_000), Math.nextUp(155_000),
        Math.nextDown(RdNew.MAX_X), RdNew.MAX_X};
    double[] ys = {RdNew.MIN_Y, Math.nextUp(RdNew.MIN_Y), 463_000, Math.nextDown(463_000), Math.nextUp(463_000),
        Math.nextDown(RdNew.MAX_Y), RdNew.MAX_Y};
    for (double x : xs) {
      for (double y : ys) {
        worst.compare(proj4j.apply(x, y), RdToWgs84.toWgs84(x, y), x, y);
      }
    }
    assertThat(worst.difference).as("worst difference in degrees, at %s", worst.where).isLessThan(TOLERANCE_DEGREES);
  }

  @Test
  void toWgs84_amersfoortOrigin_isTheOnzeLieveVrouwetorenInWgs84() {
    // the origin of RD, the tower of the Onze Lieve Vrouwekerk in Amersfoort: 52.15517 N, 5.38721 E in WGS84
    Coordinate ll = RdToWgs84.toWgs84(155_000, 463_000);
    assertThat(ll.x).isCloseTo(5.38721, within(1e-5));
    assertThat(ll.y).isCloseTo(52.15517, within(1e-5));
    Coordinate proj4j = new Proj4j(RdNew.PROJ4, WGS84).apply(155_000, 463_000);
    assertThat(ll.x).isCloseTo(proj4j.x, within(TOLERANCE_DEGREES));
    assertThat(ll.y).isCloseTo(proj4j.y, within(TOLERANCE_DEGREES));
  }

  @Test
  void toWgs84_realHouseholdsWijkenBuurtenAndGroups_writeTheSameSevenDecimalsAsProj4j() throws URISyntaxException {
    // what GeoJSON, KML and gaps.csv output write: WGS84 degrees rounded to 7 decimals
    List<Coordinate> vertices = new ArrayList<>();
    for (Household h : GeoJsonReader.readHouseholds(resource("addresses-otterlo-wekerom-wgs84.geojson"))) {
      vertices.add(new Coordinate(h.x(), h.y()));
    }
    for (String file : List.of("cbs-buurten-2023-harlingen-heerenveen-rd.geojson", "cbs-wijken-2024-wgs84.geojson")) {
      for (Neighbourhood n : GeoJsonReader.readNeighbourhoods(resource(file))) {
        vertices.addAll(List.of(n.area().getCoordinates()));
      }
    }
    for (Group g : GeoJsonReader.readGroups(resource("sample-groups-otterlo-rd.geojson"))) {
      vertices.addAll(List.of(g.area().getCoordinates()));
    }
    Proj4j proj4j = new Proj4j(RdNew.PROJ4, WGS84);
    List<String> different = new ArrayList<>();
    for (Coordinate v : vertices) {
      String expected = sevenDecimals(proj4j.apply(v.x, v.y));
      String actual = sevenDecimals(RdToWgs84.toWgs84(v.x, v.y));
      if (!expected.equals(actual)) {
        different.add(v + ": " + expected + " against " + actual);
      }
    }
    assertThat(vertices).hasSizeGreaterThan(100_000);
    assertThat(different).isEmpty();
  }

  private static String sevenDecimals(Coordinate c) {
    return new BigDecimal(c.x).setScale(7, RoundingMode.HALF_UP) + " " + new BigDecimal(c.y).setScale(7, RoundingMode.HALF_UP);
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(RdToWgs84Test.class.getResource("/data/" + name).toURI());
  }

  @Test
  void fromWgs84_denseGridOverTheNetherlands_isBitIdenticalToProj4j() {
    Proj4j proj4j = new Proj4j(WGS84, RdNew.PROJ4);
    Worst worst = new Worst();
    for (double lon = 3.0; lon <= 7.6; lon += 0.005) {
      for (double lat = 50.5; lat <= 53.8; lat += 0.005) {
        worst.compare(proj4j.apply(lon, lat), RdToWgs84.fromWgs84(lon, lat), lon, lat);
      }
    }
    assertThat(worst.difference).as("worst difference in metres, at %s", worst.where).isZero();
  }

  @Test
  void fromWgs84_randomPointsAroundTheNetherlands_isBitIdenticalToProj4j() {
    Proj4j proj4j = new Proj4j(WGS84, RdNew.PROJ4);
    SplittableRandom random = new SplittableRandom(4326);
    Worst worst = new Worst();
    for (int i = 0; i < 300_000; i++) {
      double lon = random.nextDouble(2.0, 8.5);
      double lat = random.nextDouble(50.0, 54.5);
      worst.compare(proj4j.apply(lon, lat), RdToWgs84.fromWgs84(lon, lat), lon, lat);
    }
    assertThat(worst.difference).as("worst difference in metres, at %s", worst.where).isZero();
  }

  @Test
  void rdToWgs84_pointOutsideTheExtent_isStillRefusedWithTheExtentInTheMessage() {
    CrsTransform t = CrsTransform.rdToWgs84();
    assertThatThrownBy(() -> t.apply(5.92, 52.96))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lies outside the Netherlands")
        .hasMessageContaining("x -7000..300000, y 289000..629000");
  }

  @Test
  void rdToWgs84_nonFiniteCoordinate_isRefused() {
    CrsTransform t = CrsTransform.rdToWgs84();
    assertThatThrownBy(() -> t.apply(Double.NaN, 463_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a finite number");
  }

  @Test
  void apply_rdAndWgs84Paths_giveProj4jsAnswers() {
    Coordinate ll = CrsTransform.rdToWgs84().apply(190801.65, 552685.26);
    Coordinate proj4jLl = new Proj4j(RdNew.PROJ4, WGS84).apply(190801.65, 552685.26);
    assertThat(ll.x).isCloseTo(proj4jLl.x, within(TOLERANCE_DEGREES));
    assertThat(ll.y).isCloseTo(proj4jLl.y, within(TOLERANCE_DEGREES));
    Coordinate rd = CrsTransform.wgs84ToRd().apply(5.92, 52.96);
    assertThat(rd).isEqualTo(new Proj4j(WGS84, RdNew.PROJ4).apply(5.92, 52.96));
  }
}
