package nl.dekking.postgis;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.dekking.crs.RdNew;
import nl.dekking.model.Audience;
import nl.dekking.model.Consent;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.store.ConcurrentUpdateException;
import nl.dekking.store.CoverageCounts;
import nl.dekking.store.CoverageStore;
import nl.dekking.store.CoverageStoreException;
import nl.dekking.store.DatasetChecker;
import nl.dekking.store.GroupOverlap;
import nl.dekking.store.SaveResult;
import nl.dekking.store.VersionedGroup;
import org.postgresql.core.BaseConnection;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * A {@link CoverageStore} on PostgreSQL + PostGIS: the coverage map of many municipalities in one database schema,
 * shared by every instance of an app.
 *
 * <p>Open it with {@link #builder()} from a JDBC URL, user and password (the store runs its own HikariCP pool) or
 * from an existing {@link DataSource}. Opening creates or upgrades the schema (see {@code SchemaMigrator}) unless
 * told only to verify it. Geometry travels as WKB ({@code ST_GeomFromWKB(?, 28992)}, {@code ST_AsBinary}) and is
 * read and written with JTS.
 *
 * <p>How it keeps the contract: {@link #save} replaces a dataset in one transaction. It streams the households with
 * {@code COPY} into a new table {@code household_<n>} of its own (no partition of a shared parent), builds that
 * table's indexes in bulk, then takes the municipality's {@code dataset} row, replaces groups, contacts, streets and
 * neighbourhoods and points the row at the new table; the old table is dropped after the commit as soon as no
 * reader holds it ({@code NOWAIT}, else by a later save). So a save locks nothing that another municipality's
 * reads or saves use: saves of different municipalities never deadlock and never make each other's readers wait,
 * and saves of one municipality take turns on its row. Readers see the old dataset until the commit. Group writes
 * compare versions in SQL, so a lost update becomes a {@link nl.dekking.store.ConcurrentUpdateException}. The
 * spatial queries run in SQL on GiST indexes over the repaired areas and the household locations, with the
 * shared-boundary rule written in SQL ({@code CoverageSql}). Exports filter contacts by consent in SQL, so
 * contacts an audience may not see never leave the database. A write that returned has committed; a write that
 * threw may or may not have (a connection lost during commit), and is never retried here.
 *
 * <p>No value is ever part of SQL text: values are bound parameters, municipality codes are plain words
 * ({@link DatasetChecker#requireMunicipality}), the schema name is checked when configured, and table names are
 * {@code household_<n>} from a sequence, checked again before use. Every operation runs under {@code lock_timeout}
 * and {@code statement_timeout} set for its transaction and a socket read timeout on its connection (see
 * {@link Builder}); a timeout becomes a {@link CoverageStoreException} saying which one ran out. Error messages
 * are the store's own and never quote bound values, so contact details do not leak into messages or logs.
 *
 * <p>Thread-safe: every call borrows a pooled connection.
 */
public final class PostgisCoverageStore implements CoverageStore {

  private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  private final DataSource dataSource;
  private final HikariDataSource ownPool;
  private final String schema;
  private final CoverageSql sql;
  private final DatasetWriter writer;
  private final DatasetReader reader;
  private final AnalysisSql analysisSql;
  private final AnalysisReader analysis;
  private final Timeouts timeouts;
  private final boolean keepCauses;

  private PostgisCoverageStore(DataSource dataSource, HikariDataSource ownPool, String schema, Timeouts timeouts,
      boolean keepCauses) {
    this.dataSource = dataSource;
    this.ownPool = ownPool;
    this.schema = schema;
    this.timeouts = timeouts;
    this.keepCauses = keepCauses;
    this.sql = new CoverageSql('"' + schema + '"');
    this.writer = new DatasetWriter(sql, timeouts.networkMillis(true));
    this.reader = new DatasetReader(sql);
    this.analysisSql = new AnalysisSql('"' + schema + '"');
    this.analysis = new AnalysisReader('"' + schema + '"', analysisSql);
  }

  /** A builder: give a JDBC URL with user and password, or a data source. */
  public static Builder builder() {
    return new Builder();
  }

  /** The schema the store's tables live in. */
  public String schema() {
    return schema;
  }

  @Override
  public SaveResult save(String municipality, Dataset dataset) {
    String m = DatasetChecker.requireMunicipality(municipality);
    DatasetChecker.Checked checked = DatasetChecker.check(m, dataset);
    String what = "save dataset '" + checked.dataset().name() + "' of municipality " + m;
    inTransaction(what, Mode.SAVE, c -> writer.replace(c, m, checked));
    dropRetiredTables(what);
    return checked.result();
  }

  @Override
  public Optional<Dataset> load(String municipality) {
    String m = DatasetChecker.requireMunicipality(municipality);
    return inTransaction("load the dataset of municipality " + m, Mode.SNAPSHOT,
        c -> reader.dataset(c, m, Consent.values()));
  }

  @Override
  public Optional<Dataset> export(String municipality, Audience audience) {
    requireNonNull(audience, "audience");
    List<Consent> shown = new ArrayList<>();
    for (Consent c : Consent.values()) {
      if (audience.mayInclude(c)) {
        shown.add(c);
      }
    }
    String m = DatasetChecker.requireMunicipality(municipality);
    return inTransaction("export the dataset of municipality " + m + " for audience " + audience, Mode.SNAPSHOT,
        c -> reader.dataset(c, m, shown.toArray(Consent[]::new)));
  }

  @Override
  public Optional<VersionedGroup> group(String municipality, String groupId) {
    String m = DatasetChecker.requireMunicipality(municipality);
    String id = requireNonNull(groupId, "groupId").strip();
    if (!DatasetChecker.isStorable(id)) {
      return Optional.empty(); // no stored group has such an id; PostgreSQL could not even compare it
    }
    return inTransaction("read group '" + id + "' of municipality " + m, Mode.READ, c -> {
      List<VersionedGroup> found = reader.groups(c, sql.groupsWhere + "AND g.id = ?", Consent.values(), m, id);
      return found.isEmpty() ? Optional.<VersionedGroup>empty() : Optional.of(found.get(0));
    });
  }

  @Override
  public List<VersionedGroup> groups(String municipality) {
    String m = DatasetChecker.requireMunicipality(municipality);
    return inTransaction("read the groups of municipality " + m, Mode.READ,
        c -> reader.groups(c, sql.groupsWhere + "ORDER BY g.sort_key", Consent.values(), m));
  }

  @Override
  public VersionedGroup put(String municipality, Group group, long expectedVersion) {
    String m = DatasetChecker.requireMunicipality(municipality);
    DatasetChecker.requireStorable(m, group);
    long version = inTransaction("write group '" + group.id() + "' of municipality " + m, Mode.WRITE,
        c -> writer.putGroup(c, m, group, expectedVersion));
    return new VersionedGroup(group, version);
  }

  @Override
  public void delete(String municipality, String groupId, long expectedVersion) {
    String m = DatasetChecker.requireMunicipality(municipality);
    String id = requireNonNull(groupId, "groupId").strip();
    if (!DatasetChecker.isStorable(id)) {
      throw new ConcurrentUpdateException(m, id, expectedVersion, NEW);
    }
    inTransaction("delete group '" + id + "' of municipality " + m, Mode.WRITE, c -> {
      writer.deleteGroup(c, m, id, expectedVersion);
      return null;
    });
  }

  @Override
  public List<Household> householdsIn(String municipality, Geometry area) {
    String m = DatasetChecker.requireMunicipality(municipality);
    requireNonNull(area, "area");
    if (!(area instanceof Polygon || area instanceof MultiPolygon)) {
      throw new IllegalArgumentException("area must be a Polygon or MultiPolygon, was " + area.getGeometryType());
    }
    DatasetChecker.requireRdNew(area, "area");
    byte[] wkb = GeometryCodec.wkb(GeometryCodec.coverage(area));
    return inTransaction("find the households in an area of municipality " + m, Mode.READ, c -> {
      Optional<String> table = reader.householdTable(c, m);
      return table.isEmpty() ? List.<Household>of()
          : DatasetReader.households(c, analysisSql.householdsIn(table.get()), wkb);
    });
  }

  @Override
  public List<Household> householdsCoveredBy(String municipality, String groupId) {
    String m = DatasetChecker.requireMunicipality(municipality);
    String id = requireNonNull(groupId, "groupId").strip();
    if (!DatasetChecker.isStorable(id)) {
      throw new IllegalArgumentException("municipality " + m + " has no group with id '" + id + "'");
    }
    return inTransaction("find the households of group '" + id + "' of municipality " + m, Mode.READ, c -> {
      Optional<String> table = reader.householdTable(c, m);
      if (table.isEmpty() || writer.currentVersion(c, m, id) == NEW) {
        throw new IllegalArgumentException("municipality " + m + " has no group with id '" + id + "'");
      }
      return DatasetReader.households(c, analysisSql.householdsCoveredBy(table.get()), m, id, m, m);
    });
  }

  @Override
  public List<Group> groupsCovering(String municipality, double x, double y) {
    String m = DatasetChecker.requireMunicipality(municipality);
    byte[] point = GeometryCodec.wkb(RdNew.GEOMETRY_FACTORY.createPoint(new Coordinate(x, y)));
    return inTransaction("find the groups covering " + x + ", " + y + " in municipality " + m, Mode.READ, c -> {
      List<Group> result = new ArrayList<>();
      for (VersionedGroup g : reader.groups(c, sql.groupsCovering, Consent.values(), m, point, m)) {
        result.add(g.group());
      }
      return result;
    });
  }

  /**
   * {@inheritDoc}
   *
   * <p>Counted in SQL by {@code AnalysisSql#householdCounts}; only the counts travel. Runs in one read-only
   * snapshot under the save timeout: it reads every household.
   */
  @Override
  public CoverageCounts householdCounts(String municipality) {
    String m = DatasetChecker.requireMunicipality(municipality);
    return inTransaction("count the households of the groups of municipality " + m, Mode.ANALYSIS, c -> {
      Optional<String> table = reader.householdTable(c, m);
      return table.isEmpty() ? CoverageCounts.empty() : analysis.householdCounts(c, table.get(), m);
    });
  }

  /**
   * {@inheritDoc}
   *
   * <p>Selected in SQL by {@code AnalysisSql#uncoveredHouseholds} and read from a cursor 10,000 rows at a time,
   * in one read-only snapshot under the save timeout.
   */
  @Override
  public long forEachUncoveredHousehold(String municipality, Consumer<? super Household> action) {
    requireNonNull(action, "action");
    String m = DatasetChecker.requireMunicipality(municipality);
    return inTransaction("read the uncovered households of municipality " + m, Mode.ANALYSIS, c -> {
      Optional<String> table = reader.householdTable(c, m);
      return table.isEmpty() ? 0L : analysis.forEachUncoveredHousehold(c, table.get(), m, action);
    });
  }

  /**
   * {@inheritDoc}
   *
   * <p>Found in SQL by {@code AnalysisSql#overlaps}: shared households from the households' coverage, shared interior
   * with {@code ST_Relate} on pairs whose areas' boxes meet (GiST), the area with {@code ST_Intersection} (GEOS's
   * overlay, a port of the JTS overlay the analysis uses; the two agree to rounding).
   */
  @Override
  public List<GroupOverlap> overlaps(String municipality) {
    String m = DatasetChecker.requireMunicipality(municipality);
    return inTransaction("find the overlapping groups of municipality " + m, Mode.ANALYSIS, c -> {
      Optional<String> table = reader.householdTable(c, m);
      return table.isEmpty() ? List.<GroupOverlap>of() : analysis.overlaps(c, table.get(), m);
    });
  }

  /** Closes the store's own connection pool; a data source given to the builder is left open. Idempotent. */
  @Override
  public void close() {
    if (ownPool != null) {
      ownPool.close();
    }
  }

  @Override
  public String toString() {
    return "PostgisCoverageStore[schema " + schema + "]";
  }

  // ---- transactions

  private interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  /** How an operation runs. */
  private enum Mode {
    /** Read-only, READ COMMITTED, statement timeout. */
    READ,
    /** Read-only, one REPEATABLE READ snapshot, statement timeout. */
    SNAPSHOT,
    /** Read-write, statement timeout. */
    WRITE,
    /** Read-write, save timeout. */
    SAVE,
    /** Read-only, one REPEATABLE READ snapshot, save timeout, room to sort: the queries over every household. */
    ANALYSIS
  }

  /** How often a read starts again when a save dropped the household table its snapshot named. */
  private static final int READ_ATTEMPTS = 4;

  private <T> T inTransaction(String what, Mode mode, SqlWork<T> work) {
    boolean save = mode == Mode.SAVE || mode == Mode.ANALYSIS;
    for (int attempt = 1; ; attempt++) {
      try {
        return attempt(mode, work);
      } catch (SQLException e) {
        // a table is only dropped when no reader holds it, so a read fails for that reason before it returns rows
        boolean read = mode == Mode.READ || mode == Mode.SNAPSHOT || mode == Mode.ANALYSIS;
        if (read && attempt < READ_ATTEMPTS && SqlFailure.UNDEFINED_TABLE.equals(e.getSQLState())) {
          continue; // a save replaced and dropped the household table between naming and reading it
        }
        throw SqlFailure.of(what, schema, e, timeouts, save, keepCauses);
      }
    }
  }

  private <T> T attempt(Mode mode, SqlWork<T> work) throws SQLException {
    boolean save = mode == Mode.SAVE || mode == Mode.ANALYSIS;
    try (Connection c = dataSource.getConnection()) {
      c.setNetworkTimeout(Runnable::run, timeouts.networkMillis(save));
      c.setAutoCommit(false);
      c.setReadOnly(mode == Mode.READ || mode == Mode.SNAPSHOT || mode == Mode.ANALYSIS);
      try {
        if (mode == Mode.SNAPSHOT || mode == Mode.ANALYSIS) {
          try (Statement st = c.createStatement()) {
            st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
          }
        }
        if (mode == Mode.ANALYSIS) {
          try (Statement st = c.createStatement()) {
            st.execute("SELECT set_config('work_mem', '64MB', true)"); // sorts of millions of rows in memory
          }
        }
        limit(c, timeouts.lock(), timeouts.statementOf(save));
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        try {
          c.rollback();
        } catch (SQLException rollback) {
          e.addSuppressed(rollback);
        }
        throw e;
      }
    }
  }

  /**
   * Sets the lock and statement timeouts of the current transaction (as SET LOCAL), as bound values, and turns JIT
   * compilation off for it: the spatial queries spend their time in PostGIS functions, and their row estimates
   * ({@code ST_Subdivide} is planned as 1,000 rows per area) would otherwise make every small query pay about
   * half a second of compiling.
   */
  static void limit(Connection c, Duration lock, Duration statement) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT set_config('lock_timeout', ?, true),"
        + " set_config('statement_timeout', ?, true), set_config('jit', 'off', true)")) {
      ps.setString(1, lock.toMillis() + "ms");
      ps.setString(2, statement.toMillis() + "ms");
      ps.execute();
    }
  }

  /** After a save: drops the household tables it retired, unless a reader still holds them (then a later save). */
  private void dropRetiredTables(String what) {
    try (Connection c = dataSource.getConnection()) {
      c.setNetworkTimeout(Runnable::run, timeouts.networkMillis(false));
      c.setAutoCommit(false);
      try {
        limit(c, timeouts.lock(), timeouts.statementOf(false));
        writer.dropRetired(c);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        try {
          c.rollback();
        } catch (SQLException rollback) {
          e.addSuppressed(rollback);
        }
        throw e;
      }
    } catch (SQLException | RuntimeException e) {
      // the save has committed; the old table stays retired and a later save drops it
    }
  }

  // ---- building

  /**
   * Configures a {@link PostgisCoverageStore}. Defaults: schema {@code dekking}, a pool of at most 10 connections,
   * 10 s to wait for a connection, lock timeout 5 s, statement timeout 30 s, save timeout 10 min, socket timeout
   * 10 s beyond the statement timeout, migrations applied on open.
   */
  public static final class Builder {

    private String url;
    private String user;
    private String password;
    private DataSource dataSource;
    private String schema = "dekking";
    private int maximumPoolSize = 10;
    private Duration connectionTimeout = Duration.ofSeconds(10);
    private Duration lockTimeout = Duration.ofSeconds(5);
    private Duration statementTimeout = Duration.ofSeconds(30);
    private Duration saveTimeout = Duration.ofMinutes(10);
    private Duration socketTimeout = Duration.ofSeconds(10);
    private boolean migrate = true;
    private boolean baseline;

    private Builder() {
    }

    /** The JDBC URL, {@code jdbc:postgresql://host:5432/database}. */
    public Builder url(String jdbcUrl) {
      requireNonNull(jdbcUrl, "jdbcUrl");
      if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
        throw new IllegalArgumentException("JDBC URL must start with jdbc:postgresql:, was '" + jdbcUrl + "'");
      }
      this.url = jdbcUrl;
      return this;
    }

    /** The database user. */
    public Builder user(String user) {
      this.user = requireNonNull(user, "user");
      return this;
    }

    /** The database user's password. */
    public Builder password(String password) {
      this.password = requireNonNull(password, "password");
      return this;
    }

    /**
     * An existing data source instead of a URL. A {@link HikariDataSource} is used as it is; any other data source
     * is wrapped in a HikariCP pool of the configured size. The store never closes it. Set the driver property
     * {@code logServerErrorDetail=false} on it: then the store keeps the driver's exceptions as causes; otherwise
     * it replaces them with copies without the server's text, which may quote contact details.
     */
    public Builder dataSource(DataSource dataSource) {
      this.dataSource = requireNonNull(dataSource, "dataSource");
      return this;
    }

    /** The schema for the store's tables: lower-case letters, digits and underscores; default {@code dekking}. */
    public Builder schema(String schema) {
      requireNonNull(schema, "schema");
      if (!SCHEMA.matcher(schema).matches()) {
        throw new IllegalArgumentException("schema must be 1 to 63 lower-case letters, digits or underscores,"
            + " starting with a letter or underscore, was '" + schema + "'");
      }
      this.schema = schema;
      return this;
    }

    /** The most connections the store's own pool opens; default 10. */
    public Builder maximumPoolSize(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("maximum pool size must be 1 or more, was " + size);
      }
      this.maximumPoolSize = size;
      return this;
    }

    /** How long a call waits for a pooled connection before failing; default 10 s. */
    public Builder connectionTimeout(Duration timeout) {
      this.connectionTimeout = atLeast("connection timeout", timeout, 250);
      return this;
    }

    /**
     * How long a statement waits for a lock another transaction holds (a row being written, a table being
     * changed) before the operation fails ({@code lock_timeout}); default 5 s.
     */
    public Builder lockTimeout(Duration timeout) {
      this.lockTimeout = atLeast("lock timeout", timeout, 1);
      return this;
    }

    /** How long one statement of a read or group write may run ({@code statement_timeout}); default 30 s. */
    public Builder statementTimeout(Duration timeout) {
      this.statementTimeout = atLeast("statement timeout", timeout, 1);
      return this;
    }

    /**
     * How long one statement of a save, a migration or an analysis query ({@link #householdCounts},
     * {@link #forEachUncoveredHousehold}, {@link #overlaps}) may run ({@code statement_timeout}): the COPY and the
     * index builds of a large municipality, the queries that read every household; default 10 min.
     */
    public Builder saveTimeout(Duration timeout) {
      this.saveTimeout = atLeast("save timeout", timeout, 1);
      return this;
    }

    /**
     * How much longer than its statement timeout a call waits for the server to answer at all, before it closes
     * the connection and fails: a frozen server process or a lost network, where the server cannot cancel the
     * statement itself; default 10 s. A save's large writes (COPY chunks, batches) are bounded alike: when one
     * blocks that long, the connection is closed.
     */
    public Builder socketTimeout(Duration timeout) {
      this.socketTimeout = atLeast("socket timeout", timeout, 100);
      return this;
    }

    /**
     * Whether opening applies pending migrations (default) or only verifies that the schema is current, for
     * databases whose schema is changed by a DBA running the scripts.
     */
    public Builder migrate(boolean migrate) {
      this.migrate = migrate;
      return this;
    }

    /**
     * Whether opening may baseline a schema whose tables a DBA made by running the scripts by hand: when it has
     * the store's tables but no {@code schema_history}, the store checks that every table of every migration is
     * there, then records the migrations as applied. Default false.
     */
    public Builder baseline(boolean baseline) {
      this.baseline = baseline;
      return this;
    }

    /**
     * Opens the store: starts the pool and migrates, baselines or verifies the schema.
     *
     * @throws IllegalStateException when neither a URL nor a data source was given, or both
     * @throws CoverageStoreException when the database cannot be reached or the schema cannot be brought up to date
     */
    public PostgisCoverageStore build() {
      if ((url == null) == (dataSource == null)) {
        throw new IllegalStateException("give either a JDBC URL or a data source, not " + (url == null ? "neither" : "both"));
      }
      Timeouts timeouts = new Timeouts(lockTimeout, statementTimeout, saveTimeout, socketTimeout);
      HikariDataSource ownPool = null;
      DataSource ds = dataSource;
      boolean keepCauses = true;
      try {
        if (!(dataSource instanceof HikariDataSource)) {
          ownPool = new HikariDataSource(poolConfig());
          ds = ownPool;
        }
        SchemaMigrator migrator = new SchemaMigrator(schema, timeouts);
        try (Connection c = ds.getConnection()) {
          keepCauses = !c.unwrap(BaseConnection.class).getLogServerErrorDetail();
          c.setNetworkTimeout(Runnable::run, timeouts.networkMillis(true));
          if (baseline) {
            migrator.baseline(c);
          }
          if (migrate) {
            migrator.migrate(c);
          } else {
            migrator.verify(c);
          }
        }
        return new PostgisCoverageStore(ds, ownPool, schema, timeouts, keepCauses);
      } catch (SQLException e) {
        closeQuietly(ownPool);
        throw SqlFailure.of("open the coverage store at " + (url == null ? dataSource : url), schema, e, timeouts,
            true, keepCauses);
      } catch (RuntimeException e) {
        closeQuietly(ownPool);
        if (e instanceof CoverageStoreException) {
          throw e;
        }
        throw new CoverageStoreException("could not open the coverage store in schema " + schema + " at "
            + (url == null ? dataSource : url) + ": " + e.getMessage(), null, e);
      }
    }

    private static Duration atLeast(String what, Duration d, long millis) {
      requireNonNull(d, what);
      if (d.toMillis() < millis) {
        throw new IllegalArgumentException(what + " must be " + millis + " ms or more, was " + d);
      }
      return d;
    }

    private HikariConfig poolConfig() {
      HikariConfig config = new HikariConfig();
      config.setPoolName("dekking-" + schema);
      if (dataSource != null) {
        config.setDataSource(dataSource);
      } else {
        config.setJdbcUrl(url);
        if (user != null) {
          config.setUsername(user);
        }
        if (password != null) {
          config.setPassword(password);
        }
        config.addDataSourceProperty("ApplicationName", "dekking");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.addDataSourceProperty("tcpKeepAlive", "true");
        // the server's error details quote row values (contacts): keep them out of every message and log
        config.addDataSourceProperty("logServerErrorDetail", "false");
        config.addDataSourceProperty("connectTimeout", String.valueOf(Math.max(1, connectionTimeout.toSeconds())));
      }
      config.setMaximumPoolSize(maximumPoolSize);
      config.setMinimumIdle(Math.min(2, maximumPoolSize));
      config.setConnectionTimeout(connectionTimeout.toMillis());
      config.setValidationTimeout(Math.min(3_000, connectionTimeout.toMillis() - 1));
      config.setIdleTimeout(Duration.ofMinutes(10).toMillis());
      config.setMaxLifetime(Duration.ofMinutes(30).toMillis());
      config.setKeepaliveTime(Duration.ofMinutes(2).toMillis());
      return config;
    }

    private static void closeQuietly(HikariDataSource pool) {
      if (pool != null) {
        pool.close();
      }
    }
  }
}
