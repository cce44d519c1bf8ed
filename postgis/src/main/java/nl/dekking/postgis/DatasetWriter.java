package nl.dekking.postgis;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import nl.dekking.model.Contact;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Neighbourhood;
import nl.dekking.model.Street;
import nl.dekking.store.ConcurrentUpdateException;
import nl.dekking.store.CoverageStore;
import nl.dekking.store.DatasetChecker;

/**
 * The writes of {@link PostgisCoverageStore}, each on the caller's connection inside the caller's transaction.
 *
 * <p>{@link #replace} first loads the households with {@link HouseholdCopier} into a new table
 * {@code household_<n>} and builds its indexes in bulk, locking nothing another transaction uses; then it takes the
 * municipality's {@code dataset} row (saves of one municipality take turns there), deletes and inserts groups,
 * contacts, streets and neighbourhoods in batches, points the row at the new table and retires the old one.
 * Readers keep seeing the old dataset until the commit, and a failure anywhere rolls everything back, the new
 * table included. {@link #dropRetired} drops retired tables after the commit, never waiting for a reader.
 * {@link #putGroup} and {@link #deleteGroup} take the dataset row in share mode first (the same order as a save,
 * so they never deadlock with one) and compare versions in the {@code WHERE} clause of one statement, so two
 * concurrent writers of one group cannot both succeed. Not thread-safe; one per operation.
 */
final class DatasetWriter {

  private static final String LOCK_NOT_AVAILABLE = "55P03";

  private final CoverageSql sql;
  private final int writeTimeoutMillis;

  /**
   * @param writeTimeoutMillis how long one write of the household COPY may block before the connection is closed
   */
  DatasetWriter(CoverageSql sql, int writeTimeoutMillis) {
    this.sql = sql;
    this.writeTimeoutMillis = writeTimeoutMillis;
  }

  /**
   * Replaces a municipality's dataset; returns the number of households copied. The dataset has been checked
   * ({@link nl.dekking.store.DatasetChecker#check}).
   */
  long replace(Connection c, String municipality, DatasetChecker.Checked checked) throws SQLException {
    Dataset dataset = checked.dataset();
    String s = sql.schema;
    // 1. the households, into a new table nobody else sees; this locks nothing another save or read uses
    long number;
    try (PreparedStatement ps = c.prepareStatement("SELECT nextval('" + s + ".household_partition')");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      number = rs.getLong(1);
    }
    String name = "household_" + number;
    String table = sql.householdTable(name);
    try (Statement st = c.createStatement()) {
      st.execute("CREATE TABLE " + table + " (LIKE " + s + ".household_template INCLUDING DEFAULTS"
          + " INCLUDING CONSTRAINTS)");
    }
    long copied = new HouseholdCopier(CoverageSql.copyHouseholds(table), writeTimeoutMillis).copy(c, municipality, checked);
    try (Statement st = c.createStatement()) {
      // index names follow the table's, so they never collide; a sorted GiST build is ~10x faster than inserts
      st.execute("ALTER TABLE " + table + " ADD CONSTRAINT " + name + "_pkey PRIMARY KEY (municipality, id)");
      st.execute("CREATE UNIQUE INDEX " + name + "_address_key ON " + table
          + " (municipality, postcode, house_number, upper(letter), upper(suffix))");
      st.execute("CREATE INDEX " + name + "_location ON " + table + " USING gist (location)");
      st.execute("ANALYZE " + table);
    }
    // 2. the municipality's row: saves of one municipality take turns from here, until commit
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + s + ".dataset (municipality, name) VALUES (?, ?)"
        + " ON CONFLICT (municipality) DO UPDATE SET name = EXCLUDED.name, saved_at = now()")) {
      ps.setString(1, municipality);
      ps.setString(2, dataset.name());
      ps.executeUpdate();
    }
    String oldTable;
    try (PreparedStatement ps = c.prepareStatement("SELECT household_table FROM " + s + ".dataset"
        + " WHERE municipality = ?")) {
      ps.setString(1, municipality);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        oldTable = rs.getString(1);
      }
    }
    for (String t : List.of("contact", "coverage_group", "street", "neighbourhood")) {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + s + "." + t + " WHERE municipality = ?")) {
        ps.setString(1, municipality);
        ps.executeUpdate();
      }
    }
    try (PreparedStatement groups = c.prepareStatement(sql.insertGroupRow);
        PreparedStatement contacts = c.prepareStatement(sql.insertContact)) {
      for (Group g : dataset.groups()) {
        bindInsert(c, groups, municipality, g);
        groups.addBatch();
        addContacts(contacts, municipality, g);
      }
      WriteWatchdog.guard(c, writeTimeoutMillis, groups::executeBatch);
      WriteWatchdog.guard(c, writeTimeoutMillis, contacts::executeBatch);
    }
    insertStreets(c, municipality, dataset.streets());
    insertNeighbourhoods(c, municipality, dataset.neighbourhoods());
    // 3. the switch: readers that start after the commit read the new table
    try (PreparedStatement ps = c.prepareStatement("UPDATE " + s + ".dataset SET household_table = ?"
        + " WHERE municipality = ?")) {
      ps.setString(1, name);
      ps.setString(2, municipality);
      ps.executeUpdate();
    }
    if (oldTable != null) {
      sql.householdTable(oldTable); // only a name the store made is ever dropped
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + s + ".retired_table (name) VALUES (?)"
          + " ON CONFLICT DO NOTHING")) {
        ps.setString(1, oldTable);
        ps.executeUpdate();
      }
    }
    return copied;
  }

  /**
   * Drops retired household tables that no reader holds, each in its own short transaction; a table a reader
   * still holds is left for a later save. Never waits for a lock: {@code NOWAIT}, so readers never queue behind
   * a drop. Returns how many were dropped.
   */
  int dropRetired(Connection c) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT name FROM " + sql.schema + ".retired_table ORDER BY name")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    c.commit();
    int dropped = 0;
    for (String name : names) {
      String table = sql.householdTable(name);
      try {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + sql.schema + ".retired_table"
            + " WHERE name = ? FOR UPDATE SKIP LOCKED")) {
          ps.setString(1, name);
          try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
              c.rollback();
              continue; // another save is dropping it
            }
          }
        }
        boolean exists;
        try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
          ps.setString(1, table);
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            exists = rs.getBoolean(1);
          }
        }
        if (exists) {
          try (Statement st = c.createStatement()) {
            st.execute("LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE NOWAIT"); // a reader holds it: later
            st.execute("DROP TABLE " + table);
          }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + sql.schema + ".retired_table WHERE name = ?")) {
          ps.setString(1, name);
          ps.executeUpdate();
        }
        c.commit();
        dropped++;
      } catch (SQLException e) {
        c.rollback();
        if (!LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
          throw e;
        }
      }
    }
    return dropped;
  }

  /** Creates or replaces a group at the expected version; returns its new version. */
  long putGroup(Connection c, String municipality, Group g, long expectedVersion) throws SQLException {
    if (!lockDataset(c, municipality)) {
      throw new IllegalStateException("municipality " + municipality
          + " has no saved dataset; save one before writing groups");
    }
    long version;
    if (expectedVersion == CoverageStore.NEW) {
      try (PreparedStatement ps = c.prepareStatement(sql.insertGroup)) {
        bindInsert(c, ps, municipality, g);
        version = returnedVersion(c, ps, municipality, g.id(), expectedVersion);
      }
    } else {
      try (PreparedStatement ps = c.prepareStatement(sql.updateGroup)) {
        ps.setString(1, g.name());
        ps.setInt(2, g.members());
        ps.setBytes(3, GeometryCodec.wkb(g.area()));
        ps.setBytes(4, GeometryCodec.wkb(GeometryCodec.coverage(g.area())));
        ps.setArray(5, c.createArrayOf("text", g.metadata().keySet().toArray()));
        ps.setArray(6, c.createArrayOf("text", g.metadata().values().toArray()));
        ps.setString(7, municipality);
        ps.setString(8, g.id());
        ps.setLong(9, expectedVersion);
        version = returnedVersion(c, ps, municipality, g.id(), expectedVersion);
      }
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + sql.schema + ".contact"
          + " WHERE municipality = ? AND group_id = ?")) {
        ps.setString(1, municipality);
        ps.setString(2, g.id());
        ps.executeUpdate();
      }
    }
    try (PreparedStatement contacts = c.prepareStatement(sql.insertContact)) {
      addContacts(contacts, municipality, g);
      contacts.executeBatch();
    }
    return version;
  }

  /** Deletes a group at the expected version, with its contacts. */
  void deleteGroup(Connection c, String municipality, String id, long expectedVersion) throws SQLException {
    lockDataset(c, municipality);
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + sql.schema + ".coverage_group"
        + " WHERE municipality = ? AND id = ? AND version = ?")) {
      ps.setString(1, municipality);
      ps.setString(2, id);
      ps.setLong(3, expectedVersion);
      if (ps.executeUpdate() == 0) {
        throw new ConcurrentUpdateException(municipality, id, expectedVersion, currentVersion(c, municipality, id));
      }
    }
  }

  /**
   * Takes the municipality's dataset row in share mode, as every group write does first: a save takes it
   * exclusively first, so group writes and saves of one municipality lock in one order and never deadlock.
   *
   * @return whether the municipality has a saved dataset
   */
  private boolean lockDataset(Connection c, String municipality) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + sql.schema + ".dataset WHERE municipality = ?"
        + " FOR SHARE")) {
      ps.setString(1, municipality);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** The group's version now, or {@link CoverageStore#NEW} when it does not exist. */
  long currentVersion(Connection c, String municipality, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT version FROM " + sql.schema + ".coverage_group"
        + " WHERE municipality = ? AND id = ?")) {
      ps.setString(1, municipality);
      ps.setString(2, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : CoverageStore.NEW;
      }
    }
  }

  private long returnedVersion(Connection c, PreparedStatement ps, String municipality, String id, long expected)
      throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      if (rs.next()) {
        return rs.getLong(1);
      }
    }
    throw new ConcurrentUpdateException(municipality, id, expected, currentVersion(c, municipality, id));
  }

  private static void bindInsert(Connection c, PreparedStatement ps, String municipality, Group g) throws SQLException {
    ps.setString(1, municipality);
    ps.setString(2, g.id());
    ps.setBytes(3, g.id().getBytes(StandardCharsets.UTF_16BE));
    ps.setString(4, g.name());
    ps.setInt(5, g.members());
    ps.setBytes(6, GeometryCodec.wkb(g.area()));
    ps.setBytes(7, GeometryCodec.wkb(GeometryCodec.coverage(g.area())));
    ps.setArray(8, c.createArrayOf("text", g.metadata().keySet().toArray()));
    ps.setArray(9, c.createArrayOf("text", g.metadata().values().toArray()));
  }

  private static void addContacts(PreparedStatement ps, String municipality, Group g) throws SQLException {
    List<Contact> admins = g.admins();
    for (int i = 0; i < admins.size(); i++) {
      Contact a = admins.get(i);
      ps.setString(1, municipality);
      ps.setString(2, g.id());
      ps.setInt(3, i);
      ps.setString(4, a.name());
      ps.setString(5, a.email());
      ps.setString(6, a.phone());
      ps.setString(7, a.consent().name());
      ps.addBatch();
    }
  }

  private void insertStreets(Connection c, String municipality, List<Street> streets) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + sql.schema + ".street (municipality, ordinal,"
        + " name, place, line) VALUES (?, ?, ?, ?, ST_GeomFromWKB(?, 28992))")) {
      for (int i = 0; i < streets.size(); i++) {
        Street st = streets.get(i);
        ps.setString(1, municipality);
        ps.setInt(2, i);
        ps.setString(3, st.name());
        ps.setString(4, st.place());
        if (st.line().isPresent()) {
          ps.setBytes(5, GeometryCodec.wkb(st.line().get()));
        } else {
          ps.setNull(5, Types.BINARY);
        }
        ps.addBatch();
      }
      WriteWatchdog.guard(c, writeTimeoutMillis, ps::executeBatch);
    }
  }

  private void insertNeighbourhoods(Connection c, String municipality, List<Neighbourhood> neighbourhoods)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + sql.schema + ".neighbourhood (municipality,"
        + " ordinal, code, name, municipality_code, municipality_name, area, reported_households)"
        + " VALUES (?, ?, ?, ?, ?, ?, ST_GeomFromWKB(?, 28992), ?)")) {
      for (int i = 0; i < neighbourhoods.size(); i++) {
        Neighbourhood n = neighbourhoods.get(i);
        ps.setString(1, municipality);
        ps.setInt(2, i);
        ps.setString(3, n.code());
        ps.setString(4, n.name());
        ps.setString(5, n.municipalityCode());
        ps.setString(6, n.municipalityName());
        ps.setBytes(7, GeometryCodec.wkb(n.area()));
        if (n.reportedHouseholds().isPresent()) {
          ps.setInt(8, n.reportedHouseholds().getAsInt());
        } else {
          ps.setNull(8, Types.INTEGER);
        }
        ps.addBatch();
      }
      WriteWatchdog.guard(c, writeTimeoutMillis, ps::executeBatch);
    }
  }
}
