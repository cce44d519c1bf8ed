package nl.dekking.postgis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;
import nl.dekking.model.Household;
import nl.dekking.store.CoverageCounts;
import nl.dekking.store.GroupOverlap;

/**
 * Runs {@link AnalysisSql}'s analysis queries for {@link PostgisCoverageStore}, on the caller's connection and in
 * the caller's read-only snapshot, and turns their rows into the store's answers. Stateless apart from the SQL;
 * thread-safe.
 */
final class AnalysisReader {

  private final String schema;
  private final AnalysisSql sql;

  AnalysisReader(String quotedSchema, AnalysisSql sql) {
    this.schema = quotedSchema;
    this.sql = sql;
  }

  /** The counts of a municipality whose households are in {@code table}. */
  CoverageCounts householdCounts(Connection c, String table, String m) throws SQLException {
    TreeMap<String, CoverageCounts.GroupCount> groups = new TreeMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + schema + ".coverage_group"
        + " WHERE municipality = ?")) {
      ps.setString(1, m);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          groups.put(rs.getString(1), new CoverageCounts.GroupCount(0, 0));
        }
      }
    }
    int households;
    try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + table);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      households = rs.getInt(1);
    }
    int one = 0;
    int several = 0;
    try (PreparedStatement ps = c.prepareStatement(sql.householdCounts(table))) {
      bindMunicipality(ps, m, 3);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString(1);
          if (id == null) {
            one = rs.getInt(4);
            several = rs.getInt(5);
          } else {
            groups.put(id, new CoverageCounts.GroupCount(rs.getInt(2), rs.getInt(3)));
          }
        }
      }
    }
    return new CoverageCounts(households, households - one - several, one, several, groups);
  }

  /** Hands each uncovered household to the action, read from a cursor; returns how many. */
  long forEachUncoveredHousehold(Connection c, String table, String m, Consumer<? super Household> action)
      throws SQLException {
    long n = 0;
    try (PreparedStatement ps = c.prepareStatement(sql.uncoveredHouseholds(table))) {
      ps.setFetchSize(10_000); // a cursor: the rows come 10,000 at a time, never all at once
      bindMunicipality(ps, m, 3);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          action.accept(RowDecoder.household(rs));
          n++;
        }
      }
    }
    return n;
  }

  /** The overlapping pairs, sorted by the two ids. */
  List<GroupOverlap> overlaps(Connection c, String table, String m) throws SQLException {
    List<GroupOverlap> result = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql.overlaps(table))) {
      bindMunicipality(ps, m, 7);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          result.add(new GroupOverlap(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getInt(4)));
        }
      }
    }
    return result;
  }

  private static void bindMunicipality(PreparedStatement ps, String m, int times) throws SQLException {
    for (int i = 1; i <= times; i++) {
      ps.setString(i, m);
    }
  }
}
