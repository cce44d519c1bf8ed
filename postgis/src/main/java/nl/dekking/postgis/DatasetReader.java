package nl.dekking.postgis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import nl.dekking.model.Consent;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.model.Neighbourhood;
import nl.dekking.model.Street;
import nl.dekking.store.VersionedGroup;

/**
 * The reads of {@link PostgisCoverageStore}, on the caller's connection and transaction. A whole dataset is read
 * in one REPEATABLE READ snapshot: its dataset row names the household table, which a save filled and indexed
 * completely before pointing the row at it, so the snapshot sees it whole; households are streamed in pages of
 * 10,000 rows. No read locks more than the tables it reads (ACCESS SHARE), so reads never wait for a save. Contacts are filtered by consent
 * in SQL, so contacts a reader may not see are never sent. Stateless apart from the SQL; thread-safe.
 */
final class DatasetReader {

  private final CoverageSql sql;

  DatasetReader(CoverageSql sql) {
    this.sql = sql;
  }

  /**
   * The municipality's dataset, with the contacts whose consent is in {@code consents}; empty when none saved.
   * The caller's transaction is REPEATABLE READ, so every part comes from one snapshot.
   */
  Optional<Dataset> dataset(Connection c, String m, Consent[] consents) throws SQLException {
    String name;
    String table;
    try (PreparedStatement ps = c.prepareStatement("SELECT name, household_table FROM " + sql.schema + ".dataset"
        + " WHERE municipality = ?")) {
      ps.setString(1, m);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        name = rs.getString(1);
        table = rs.getString(2);
      }
    }
    // the table the snapshot names: it was complete before the snapshot was taken; if a later save has dropped
    // it since, the query fails with 42P01 and the store reads again
    List<Household> households = table == null ? List.of()
        : households(c, CoverageSql.households(sql.householdTable(table)), m);
    List<Group> groups = new ArrayList<>();
    for (VersionedGroup g : groups(c, sql.groupsWhere + "ORDER BY g.sort_key", consents, m)) {
      groups.add(g.group());
    }
    return Optional.of(new Dataset(name, households, streets(c, m), groups, neighbourhoods(c, m)));
  }

  /** The municipality's household table, schema-qualified and quoted; empty when it has no saved dataset. */
  Optional<String> householdTable(Connection c, String m) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT household_table FROM " + sql.schema + ".dataset"
        + " WHERE municipality = ?")) {
      ps.setString(1, m);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next() || rs.getString(1) == null) {
          return Optional.empty();
        }
        return Optional.of(sql.householdTable(rs.getString(1)));
      }
    }
  }

  /** Groups from a query on {@link CoverageSql#groupColumns}: parameter 1 the consents, then {@code params}. */
  List<VersionedGroup> groups(Connection c, String query, Consent[] consents, Object... params)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(query)) {
      String[] names = new String[consents.length];
      for (int i = 0; i < consents.length; i++) {
        names[i] = consents[i].name();
      }
      ps.setArray(1, c.createArrayOf("text", names));
      bind(ps, 2, params);
      List<VersionedGroup> result = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          result.add(RowDecoder.group(rs));
        }
      }
      return result;
    }
  }

  /** Households from a query on {@link CoverageSql#HOUSEHOLD_COLUMNS} with these parameters. */
  static List<Household> households(Connection c, String query, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(query)) {
      ps.setFetchSize(10_000); // stream large municipalities instead of buffering every row
      bind(ps, 1, params);
      List<Household> result = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          result.add(RowDecoder.household(rs));
        }
      }
      return result;
    }
  }

  private List<Street> streets(Connection c, String m) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT name, place, ST_AsBinary(line) FROM " + sql.schema
        + ".street WHERE municipality = ? ORDER BY ordinal")) {
      ps.setString(1, m);
      List<Street> result = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          byte[] line = rs.getBytes(3);
          result.add(new Street(rs.getString(1), rs.getString(2), line == null ? Optional.empty()
              : Optional.of(GeometryCodec.read(line, "street " + rs.getString(1)))));
        }
      }
      return result;
    }
  }

  private List<Neighbourhood> neighbourhoods(Connection c, String m) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT code, name, municipality_code, municipality_name,"
        + " ST_AsBinary(area), reported_households FROM " + sql.schema + ".neighbourhood WHERE municipality = ?"
        + " ORDER BY ordinal")) {
      ps.setString(1, m);
      List<Neighbourhood> result = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String code = rs.getString(1);
          int reported = rs.getInt(6);
          OptionalInt households = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(reported);
          result.add(new Neighbourhood(code, rs.getString(2), rs.getString(3), rs.getString(4),
              GeometryCodec.read(rs.getBytes(5), "neighbourhood " + code), households));
        }
      }
      return result;
    }
  }

  private static void bind(PreparedStatement ps, int first, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      if (params[i] instanceof byte[] bytes) {
        ps.setBytes(first + i, bytes);
      } else {
        ps.setString(first + i, (String) params[i]);
      }
    }
  }
}
