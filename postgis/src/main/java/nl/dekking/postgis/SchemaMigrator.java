package nl.dekking.postgis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dekking.store.CoverageStoreException;

/**
 * Creates and upgrades the store's tables in one schema: a small versioned migration runner.
 *
 * <p>Migrations are SQL scripts on the class path under {@code nl/dekking/postgis/migration/}, listed in
 * {@code index.txt} and named {@code V<version>__<description>.sql}; {@code ${schema}} in a script stands for the
 * quoted schema name. The table {@code <schema>.schema_history} records each applied version with the SHA-256 of
 * its script. Each pending migration runs in its own transaction together with its history row, under a
 * transaction-scoped advisory lock on the schema name, so two applications starting at once apply it once and a
 * failing script leaves nothing behind (PostgreSQL DDL is transactional).
 *
 * <p>Checksums are taken over the script with CRLF line endings made LF, so a Windows checkout matches a Unix
 * one. A failing migration is reported with its version. A schema made by running the scripts by hand can be
 * baselined ({@link #baseline}).
 *
 * <p>It refuses to run against a schema whose applied scripts differ from the library's (changed checksum) or
 * that is newer than the library knows, rather than guess. Not thread-safe; used once when a store opens.
 */
final class SchemaMigrator {

  private static final String LOCATION = "/nl/dekking/postgis/migration/";
  private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");

  private static final Pattern CREATE_TABLE = Pattern.compile("(?i)CREATE TABLE \\$\\{schema\\}\\.(\\w+)");
  private static final Pattern DROP_TABLE = Pattern.compile("(?i)DROP TABLE \\$\\{schema\\}\\.(\\w+)");

  private final String schema;
  private final String quoted;
  private final List<Migration> migrations;
  private final Timeouts timeouts;

  SchemaMigrator(String schema, Timeouts timeouts) {
    this.schema = schema;
    this.quoted = '"' + schema + '"';
    this.migrations = load();
    this.timeouts = timeouts;
  }

  /**
   * Baselines a schema a DBA made by running the scripts by hand: when the schema has no {@code schema_history}
   * but holds tables of the store, checks that every table the scripts leave is there and records every
   * migration as applied. Does nothing when the schema has a history or no tables.
   *
   * @return whether it baselined
   * @throws CoverageStoreException when a table the scripts make is missing
   */
  boolean baseline(Connection c) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      lock(c);
      if (!schemaExists(c) || historyExists(c) || tables(c).isEmpty()) {
        c.commit();
        return false;
      }
      List<String> tables = tables(c);
      List<String> missing = new ArrayList<>();
      for (String t : expectedTables()) {
        if (!tables.contains(t)) {
          missing.add(t);
        }
      }
      if (!missing.isEmpty()) {
        throw new CoverageStoreException("cannot baseline schema " + schema + ": it lacks table(s) " + missing
            + " that the scripts up to V" + latestVersion() + " make; run the missing scripts under " + LOCATION
            + " first", null, null);
      }
      createHistory(c);
      for (Migration m : migrations) {
        record(c, m);
      }
      c.commit();
      return true;
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(autoCommit);
    }
  }

  /** The highest version this library knows. */
  int latestVersion() {
    return migrations.get(migrations.size() - 1).version;
  }

  /**
   * Creates the schema when it is missing and applies every pending migration.
   *
   * @return the number of migrations applied
   */
  int migrate(Connection c) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      int applied = 0;
      for (Migration m : migrations) {
        PostgisCoverageStore.limit(c, timeouts.lock(), timeouts.save());
        lock(c);
        if (!schemaExists(c)) {
          try (Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + quoted);
          }
        }
        createHistory(c);
        TreeMap<Integer, String> history = history(c);
        validate(history);
        if (!history.containsKey(m.version)) {
          try (Statement s = c.createStatement()) {
            s.execute(m.sql.replace("${schema}", quoted));
          } catch (SQLException e) {
            throw new CoverageStoreException("migration V" + m.version + " (" + m.description + ") failed in schema "
                + schema + ", nothing of it was applied: " + SqlFailure.reason(e, timeouts, true), e.getSQLState(), e);
          }
          record(c, m);
          applied++;
        }
        c.commit();
      }
      return applied;
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(autoCommit);
    }
  }

  /**
   * Checks that the schema is at this library's version without changing anything.
   *
   * @throws CoverageStoreException when it is missing, behind, ahead or different
   */
  void verify(Connection c) throws SQLException {
    if (schemaExists(c) && !historyExists(c) && !tables(c).isEmpty()) {
      throw new CoverageStoreException("schema " + schema + " has tables but no schema_history: if a DBA made them"
          + " by running the scripts under " + LOCATION + " by hand, open the store once with baseline(true) to"
          + " record them", null, null);
    }
    if (!schemaExists(c) || !historyExists(c)) {
      throw new CoverageStoreException("schema " + schema + " has no Dekking tables; open the store with migrate(true) "
          + "once, or run the scripts under " + LOCATION, null, null);
    }
    TreeMap<Integer, String> history = history(c);
    validate(history);
    for (Migration m : migrations) {
      if (!history.containsKey(m.version)) {
        throw new CoverageStoreException("schema " + schema + " lacks migration V" + m.version + " (" + m.description
            + "); open the store with migrate(true) to apply it", null, null);
      }
    }
  }

  private void record(Connection c, Migration m) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + quoted
        + ".schema_history (version, description, checksum) VALUES (?, ?, ?)")) {
      ps.setInt(1, m.version);
      ps.setString(2, m.description);
      ps.setString(3, m.checksum);
      ps.executeUpdate();
    }
  }

  /** The tables the scripts leave, in the order they make them. */
  private List<String> expectedTables() {
    List<String> tables = new ArrayList<>();
    for (Migration m : migrations) {
      Matcher made = CREATE_TABLE.matcher(m.sql);
      while (made.find()) {
        tables.add(made.group(1));
      }
      Matcher dropped = DROP_TABLE.matcher(m.sql);
      while (dropped.find()) {
        tables.remove(dropped.group(1));
      }
    }
    return tables;
  }

  private List<String> tables(Connection c) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT c.relname FROM pg_class c JOIN pg_namespace n"
        + " ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relkind IN ('r', 'p')")) {
      ps.setString(1, schema);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
    }
    return tables;
  }

  private void validate(TreeMap<Integer, String> history) {
    if (!history.isEmpty() && history.lastKey() > latestVersion()) {
      throw new CoverageStoreException("schema " + schema + " is at version " + history.lastKey()
          + ", newer than this library knows (" + latestVersion() + "); upgrade dekking-postgis", null, null);
    }
    for (Migration m : migrations) {
      String applied = history.get(m.version);
      if (applied != null && !applied.equals(m.checksum)) {
        throw new CoverageStoreException("schema " + schema + " migration V" + m.version + " was applied from a different"
            + " script (checksum " + applied + ", library has " + m.checksum + "); the schema was changed by hand or by"
            + " another build", null, null);
      }
    }
  }

  private void lock(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
      ps.setString(1, "dekking migration " + schema);
      ps.execute();
    }
  }

  private boolean schemaExists(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
      ps.setString(1, schema);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private boolean historyExists(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
      ps.setString(1, quoted + ".schema_history");
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }

  private void createHistory(Connection c) throws SQLException {
    if (!historyExists(c)) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE " + quoted + ".schema_history (version integer PRIMARY KEY, description text NOT NULL,"
            + " checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now(),"
            + " applied_by text NOT NULL DEFAULT current_user)");
      }
    }
  }

  private TreeMap<Integer, String> history(Connection c) throws SQLException {
    TreeMap<Integer, String> history = new TreeMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT version, checksum FROM " + quoted + ".schema_history")) {
      while (rs.next()) {
        history.put(rs.getInt(1), rs.getString(2));
      }
    }
    return history;
  }

  private static List<Migration> load() {
    List<Migration> result = new ArrayList<>();
    for (String name : read("index.txt").split("\\R")) {
      if (name.isBlank()) {
        continue;
      }
      Matcher m = NAME.matcher(name.strip());
      if (!m.matches()) {
        throw new IllegalStateException("migration name must be V<version>__<description>.sql, was '" + name + "'");
      }
      String sql = read(name.strip()).replace("\r\n", "\n");
      int version = Integer.parseInt(m.group(1));
      if (!result.isEmpty() && result.get(result.size() - 1).version >= version) {
        throw new IllegalStateException("migrations must be listed in increasing version order, " + name + " is not");
      }
      result.add(new Migration(version, m.group(2).replace('_', ' '), sql, checksum(sql)));
    }
    if (result.isEmpty()) {
      throw new IllegalStateException("no migrations found under " + LOCATION);
    }
    return List.copyOf(result);
  }

  private static String read(String name) {
    try (InputStream in = SchemaMigrator.class.getResourceAsStream(LOCATION + name)) {
      if (in == null) {
        throw new IllegalStateException("migration resource " + LOCATION + name + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migration resource " + LOCATION + name, e);
    }
  }

  /**
   * The checksum of a script: SHA-256 of its UTF-8 text with CRLF line endings made LF, so that a checkout with
   * CRLF line endings (Windows, {@code core.autocrlf}) does not look like a changed script.
   */
  static String checksum(String script) {
    String text = script.replace("\r\n", "\n");
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private record Migration(int version, String description, String sql, String checksum) {
  }
}
