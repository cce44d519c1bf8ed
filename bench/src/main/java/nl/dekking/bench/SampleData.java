package nl.dekking.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import nl.dekking.crs.RdNew;
import nl.dekking.model.Group;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * The bundled real data, read from the benchmark jar: the 2,481 BAG addresses of Otterlo and Wekerom (CC0,
 * Kadaster) as RD New points, and the invented sample groups of Otterlo. A small GeoJSON reader of its own keeps
 * the benchmarks independent of Dekking's I/O package.
 */
final class SampleData {

  private static final String ADDRESSES = "addresses-otterlo-wekerom-wgs84.geojson";
  private static final String GROUPS = "sample-groups-otterlo-rd.geojson";
  private static final GeometryFactory FACTORY = new GeometryFactory();

  private SampleData() {
  }

  /** The addresses as RD New {x[], y[]}, in file order. */
  static double[][] addresses() {
    JsonNode features = read(ADDRESSES).path("features");
    double[] xs = new double[features.size()];
    double[] ys = new double[features.size()];
    for (int i = 0; i < xs.length; i++) {
      JsonNode c = features.get(i).path("geometry").path("coordinates");
      Coordinate rd = RdNew.fromWgs84(c.get(0).asDouble(), c.get(1).asDouble());
      xs[i] = rd.x;
      ys[i] = rd.y;
    }
    return new double[][] {xs, ys};
  }

  /** The street name ({@code straatnaam}) of each address, in file order. */
  static String[] streets() {
    JsonNode features = read(ADDRESSES).path("features");
    String[] streets = new String[features.size()];
    for (int i = 0; i < streets.length; i++) {
      streets[i] = features.get(i).path("properties").path("straatnaam").asText("");
    }
    return streets;
  }

  /** The sample groups, sorted by id (their ordinal order). */
  static List<Group> groups() {
    List<Group> groups = new ArrayList<>();
    for (JsonNode f : read(GROUPS).path("features")) {
      String id = f.path("properties").path("id").asText();
      JsonNode geometry = f.path("geometry");
      groups.add(Group.of(id, f.path("properties").path("name").asText(id), area(geometry, id)));
    }
    groups.sort((a, b) -> a.id().compareTo(b.id()));
    return groups;
  }

  private static Geometry area(JsonNode geometry, String id) {
    String type = geometry.path("type").asText();
    JsonNode coordinates = geometry.path("coordinates");
    if (type.equals("Polygon")) {
      return polygon(coordinates);
    }
    if (type.equals("MultiPolygon")) {
      Polygon[] parts = new Polygon[coordinates.size()];
      for (int i = 0; i < parts.length; i++) {
        parts[i] = polygon(coordinates.get(i));
      }
      return FACTORY.createMultiPolygon(parts);
    }
    throw new IllegalStateException("group '" + id + "' in " + GROUPS + " is a " + type + ", not a polygon");
  }

  private static Polygon polygon(JsonNode rings) {
    LinearRing[] all = new LinearRing[rings.size()];
    for (int r = 0; r < all.length; r++) {
      JsonNode ring = rings.get(r);
      Coordinate[] cs = new Coordinate[ring.size()];
      for (int i = 0; i < cs.length; i++) {
        cs[i] = new Coordinate(ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble());
      }
      all[r] = FACTORY.createLinearRing(cs);
    }
    LinearRing[] holes = new LinearRing[all.length - 1];
    System.arraycopy(all, 1, holes, 0, holes.length);
    return FACTORY.createPolygon(all[0], holes);
  }

  private static JsonNode read(String name) {
    try (InputStream in = SampleData.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("bundled sample file " + name + " is missing from the benchmark jar");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled sample file " + name, e);
    }
  }
}
