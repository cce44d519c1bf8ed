package nl.dekking.postgis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.dekking.crs.RdNew;
import nl.dekking.index.CoverageMap;
import nl.dekking.model.Group;
import nl.dekking.nearby.NearbyGroup;
import nl.dekking.nearby.NearbyIndex;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKBWriter;

/**
 * The incident query answers exactly what PostGIS answers: the groups {@code ST_DWithin} the radius of the point,
 * with {@code ST_Distance} distances, nearest first, at random points and radii over random groups with holes,
 * several parts, shared edges and nested rings.
 */
class NearbyDifferentialTest {

  private static final GeometryFactory F = RdNew.GEOMETRY_FACTORY;

  private static List<Group> groups(Random random) {
    List<Group> groups = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      double cx = 160_000 + random.nextDouble() * 6_000;
      double cy = 440_000 + random.nextDouble() * 6_000;
      Geometry area = star(cx, cy, 40 + random.nextDouble() * 400, 4 + random.nextInt(80), random);
      switch (random.nextInt(8)) {
        case 0 -> area = area.difference(F.createPoint(new Coordinate(cx, cy)).buffer(15));
        case 1 -> area = F.createMultiPolygon(new Polygon[] {(Polygon) area, (Polygon) star(cx + 1_000, cy - 200, 80, 9, random)});
        case 2 -> area = F.toGeometry(new org.locationtech.jts.geom.Envelope(Math.floor(cx), Math.floor(cx) + 100,
            Math.floor(cy), Math.floor(cy) + 100));
        default -> {
        }
      }
      groups.add(Group.of(String.format("N%04d", i), "groep " + i, area));
    }
    return groups;
  }

  private static Geometry star(double cx, double cy, double size, int vertices, Random random) {
    Coordinate[] ring = new Coordinate[vertices + 1];
    for (int k = 0; k < vertices; k++) {
      double angle = 2 * Math.PI * k / vertices;
      double r = size * (0.3 + 0.7 * random.nextDouble());
      ring[k] = new Coordinate(cx + r * Math.cos(angle), cy + r * Math.sin(angle));
    }
    ring[vertices] = ring[0];
    return F.createPolygon(ring);
  }

  @Test
  void within_randomPointsAndRadii_equalsPostgisDWithinAndDistance() throws SQLException {
    List<Group> groups = groups(new Random(14));
    NearbyIndex index = NearbyIndex.of(CoverageMap.of(groups));
    try (Connection c = TestDatabase.get().connect()) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TEMP TABLE nearby_groups (id text PRIMARY KEY, geom geometry(Geometry, 28992))");
      }
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO nearby_groups VALUES (?, ST_SetSRID(ST_GeomFromWKB(?), 28992))")) {
        WKBWriter wkb = new WKBWriter();
        for (Group g : groups) {
          insert.setString(1, g.id());
          insert.setBytes(2, wkb.write(g.area()));
          insert.addBatch();
        }
        insert.executeBatch();
      }
      try (Statement s = c.createStatement()) {
        s.execute("CREATE INDEX ON nearby_groups USING gist (geom)");
        s.execute("ANALYZE nearby_groups");
      }
      Random random = new Random(99);
      try (PreparedStatement query = c.prepareStatement(
          "SELECT id, ST_Distance(geom, p) AS d FROM nearby_groups, (SELECT ST_SetSRID(ST_MakePoint(?, ?), 28992) AS p) q"
              + " WHERE ST_DWithin(geom, p, ?) ORDER BY d, id COLLATE \"C\"")) {
        for (int i = 0; i < 500; i++) {
          double x = 159_500 + random.nextDouble() * 7_000;
          double y = 439_500 + random.nextDouble() * 7_000;
          double radius = i % 25 == 0 ? 0 : random.nextDouble() * 1_000;
          query.setDouble(1, x);
          query.setDouble(2, y);
          query.setDouble(3, radius);
          List<String> ids = new ArrayList<>();
          List<Double> distances = new ArrayList<>();
          try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
              ids.add(rs.getString(1));
              distances.add(rs.getDouble(2));
            }
          }

          List<NearbyGroup> found = index.within(x, y, radius);

          assertThat(found).extracting(g -> g.group().id()).as("at %f, %f within %f", x, y, radius).containsExactlyElementsOf(ids);
          for (int k = 0; k < found.size(); k++) {
            assertThat(found.get(k).distance()).isCloseTo(distances.get(k), within(0.001));
          }
        }
      }
    }
  }
}
