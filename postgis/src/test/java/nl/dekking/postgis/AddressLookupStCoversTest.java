package nl.dekking.postgis;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.dekking.index.CoverageMap;
import nl.dekking.lookup.AddressLookup;
import nl.dekking.lookup.AddressQuery;
import nl.dekking.lookup.LookupResult;
import nl.dekking.lookup.LookupStatus;
import nl.dekking.model.Address;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/**
 * Issue 13's oracle: the groups {@link AddressLookup} names for an address are exactly the groups PostGIS
 * {@code ST_Covers} names, on groups drawn on a grid (shared edges, corners, overlaps, bow-ties) with households
 * exactly on vertices and edge midpoints as well as at random whole metres. The areas given to PostGIS are the
 * analysed ones ({@link CoverageMap#area}), since {@code ST_Covers} on an invalid polygon is undefined.
 */
class AddressLookupStCoversTest {

  @Test
  void find_everyHousehold_namesExactlyTheGroupsStCoversNames() throws Exception {
    Random r = new Random(13);
    Envelope square = new Envelope(170_000, 171_500, 450_000, 451_500);
    List<Group> groups = CoverageDifferentialTest.gridGroups(r, square, 100, 60);
    List<Household> points = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      points.add(household(i, 170_000 + r.nextInt(1_501), 450_000 + r.nextInt(1_501)));
    }
    List<Household> households = new ArrayList<>();
    int n = 0;
    for (Household h : CoverageDifferentialTest.withBoundaryHouseholds(points, groups)) {
      households.add(household(n++, h.x(), h.y()));
    }
    CoverageMap map = CoverageMap.of(groups);
    AddressLookup lookup = AddressLookup.of(map, households, "");

    Map<String, List<String>> covering = stCovers(map, households);

    int shared = 0;
    int none = 0;
    for (Household h : households) {
      LookupResult result = lookup.find(AddressQuery.of(h.address()));
      List<String> expected = covering.getOrDefault(h.id(), List.of());
      assertThat(result.groupIds()).as("groups covering %s at %s %s", h.id(), h.x(), h.y()).isEqualTo(expected);
      assertThat(result.status()).isEqualTo(expected.isEmpty() ? LookupStatus.NO_GROUP : LookupStatus.FOUND);
      shared += expected.size() > 1 ? 1 : 0;
      none += expected.isEmpty() ? 1 : 0;
    }
    assertThat(shared).as("households covered by two or more groups (edges, corners, overlaps)").isGreaterThan(200);
    assertThat(none).as("households covered by no group").isPositive();
  }

  /** Per household id, the ids of the groups whose analysed area ST_Covers it, in Java's id order. */
  private static Map<String, List<String>> stCovers(CoverageMap map, List<Household> households) throws Exception {
    Map<String, List<String>> result = new HashMap<>();
    try (Connection c = TestDatabase.get().connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TEMPORARY TABLE lookup_group (id text, area geometry(Geometry, 28992))");
      s.execute("CREATE TEMPORARY TABLE lookup_household (id text, location geometry(Point, 28992))");
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO lookup_group VALUES (?, ST_SetSRID(ST_GeomFromWKB(?), 28992))")) {
        for (int o = 0; o < map.size(); o++) {
          ps.setString(1, map.group(o).id());
          ps.setBytes(2, GeometryCodec.wkb(map.area(o)));
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO lookup_household VALUES (?, ST_SetSRID(ST_MakePoint(?, ?), 28992))")) {
        for (Household h : households) {
          ps.setString(1, h.id());
          ps.setDouble(2, h.x());
          ps.setDouble(3, h.y());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (ResultSet rs = s.executeQuery("SELECT h.id, g.id FROM lookup_household h JOIN lookup_group g"
          + " ON ST_Covers(g.area, h.location)")) {
        while (rs.next()) {
          result.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        }
      }
    }
    result.values().forEach(ids -> ids.sort(String::compareTo));
    return result;
  }

  private static Household household(int i, double x, double y) {
    return new Household("h" + i, new Address("Rasterweg", 1 + i % 40, "", "", String.format("%04dAB", 1000 + i / 40),
        "Raster"), x, y);
  }
}
