package nl.dekking.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import nl.dekking.crs.RdNew;
import nl.dekking.model.Address;
import nl.dekking.model.Household;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/** Invariants of writing and reading back: positions survive to the output's precision, rings get RFC 7946 winding. */
class GeoJsonRoundTripTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Provide
  Arbitrary<Household> households() {
    Arbitrary<Double> x = Arbitraries.doubles().between(14_000, 277_000);
    Arbitrary<Double> y = Arbitraries.doubles().between(307_000, 618_000);
    Arbitrary<Address> address = Combinators.combine(
        Arbitraries.of("Dorpsstraat", "Kerkweg", "Van Reenenweg", "'s-Gravenweg", "Ëlsweg"),
        Arbitraries.integers().between(1, 99_999),
        Arbitraries.of("", "a", "B"),
        Arbitraries.of("", "2", "bis", "A1"),
        Arbitraries.of("6731AB", "8861KL", "1012JS"),
        Arbitraries.of("Otterlo", "Harlingen", "Den Haag"))
        .as(Address::new);
    return Combinators.combine(Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12), address, x, y)
        .as(Household::new);
  }

  @Property(tries = 40)
  void rdNewOutput_readBack_isWithinOneMillimetre(@ForAll @Size(min = 1, max = 20) List<@net.jqwik.api.From("households") Household> households) {
    List<Household> back = roundTrip(GeoJsonWriter.rdNew(), households);

    assertSame(households, back, 0.001);
  }

  @Property(tries = 40)
  void rfc7946Output_readBack_isWithinOneCentimetre(@ForAll @Size(min = 1, max = 20) List<@net.jqwik.api.From("households") Household> households) {
    // 7 decimals of a degree: at most half of 1.1 cm of latitude and of 0.7 cm of longitude
    List<Household> back = roundTrip(GeoJsonWriter.rfc7946(), households);

    assertSame(households, back, 0.01);
  }

  @Property(tries = 60)
  void polygonOutput_anyInputOrientation_hasCounterClockwiseShellAndClockwiseHole(
      @ForAll @DoubleRange(min = 20_000, max = 270_000) double x, @ForAll @DoubleRange(min = 310_000, max = 610_000) double y,
      @ForAll @DoubleRange(min = 10, max = 5_000) double size, @ForAll boolean shellClockwise, @ForAll boolean holeClockwise)
      throws IOException {
    Coordinate[] shell = square(x, y, size, shellClockwise);
    Coordinate[] hole = square(x + size / 4, y + size / 4, size / 2, holeClockwise);
    Polygon polygon = RdNew.GEOMETRY_FACTORY.createPolygon(RdNew.GEOMETRY_FACTORY.createLinearRing(shell),
        new org.locationtech.jts.geom.LinearRing[] {RdNew.GEOMETRY_FACTORY.createLinearRing(hole)});
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    GeoJsonWriter.writeFeatures(List.of(GeoJsonFeature.of("p", polygon, Map.of())), out);

    JsonNode rings = MAPPER.readTree(out.toByteArray()).at("/features/0/geometry/coordinates");
    assertThat(signedArea(rings.get(0))).isPositive();
    assertThat(signedArea(rings.get(1))).isNegative();
  }

  private static List<Household> roundTrip(GeoJsonWriter writer, List<Household> households) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.households(households, out);
    return GeoJsonReader.readHouseholds(new ByteArrayInputStream(out.toByteArray()), "round-trip");
  }

  private static void assertSame(List<Household> expected, List<Household> actual, double metres) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      Household a = expected.get(i);
      Household b = actual.get(i);
      assertThat(b.id()).isEqualTo(a.id());
      assertThat(b.address()).isEqualTo(a.address());
      assertThat(Math.hypot(b.x() - a.x(), b.y() - a.y())).isLessThan(metres);
    }
  }

  private static Coordinate[] square(double x, double y, double size, boolean clockwise) {
    List<Coordinate> c = new ArrayList<>(List.of(new Coordinate(x, y), new Coordinate(x + size, y),
        new Coordinate(x + size, y + size), new Coordinate(x, y + size)));
    if (clockwise) {
      java.util.Collections.reverse(c);
    }
    c.add(c.get(0).copy());
    return c.toArray(Coordinate[]::new);
  }

  private static double signedArea(JsonNode ring) {
    double a = 0;
    for (int i = 0; i < ring.size() - 1; i++) {
      a += ring.get(i).get(0).asDouble() * ring.get(i + 1).get(1).asDouble()
          - ring.get(i + 1).get(0).asDouble() * ring.get(i).get(1).asDouble();
    }
    return a / 2;
  }
}
