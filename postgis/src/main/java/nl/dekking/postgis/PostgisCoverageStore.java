package nl.dekking.postgis;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.dekking.crs.RdNew;
import nl.dekking.model.Audience;
import nl.dekking.model.Consent;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.store.CoverageStore;
import nl.dekking.store.CoverageStoreException;
import nl.dekking.store.DatasetChecker;
import nl.dekking.store.VersionedGroup;
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
 * <p>How it keeps the contract: {@link #save} replaces a dataset in one transaction, streaming households with
 * {@code COPY} into a fresh partition whose indexes are then built in bulk (a million households in 5 s on an
 * idle 2-core machine, up to 16 s on a busy one, as {@code BulkImportTest} prints); readers see the old dataset until it commits. Group writes compare versions in SQL, so a lost update becomes a
 * {@link nl.dekking.store.ConcurrentUpdateException}. The spatial queries run in SQL on GiST indexes over the
 * repaired areas and the household locations, with the shared-boundary rule written in SQL
 * ({@code CoverageSql}). Exports filter contacts by consent in SQL, so contacts an audience may not see never
 * leave the database. A write that returned has committed; a write that threw may or may not have (a connection
 * lost during commit), and is never retried here.
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

  private PostgisCoverageStore(DataSource dataSource, HikariDataSource ownPool, String schema) {
    this.dataSource = dataSource;
    this.ownPool = ownPool;
    this.schema = schema;
    this.sql = new CoverageSql('"' + schema + '"');
    this.writer = new DatasetWriter(sql);
    this.reader = new DatasetReader(sql);
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
  public void save(String municipality, Dataset dataset) {
    String m = DatasetChecker.requireMunicipality(municipality);
    DatasetChecker.requireStorable(m, dataset);
    inTransaction("save " + DatasetChecker.source(m, dataset), false, c -> writer.replace(c, m, dataset));
  }

  @Override
  public Optional<Dataset> load(String municipality) {
    String m = DatasetChecker.requireMunicipality(municipality);
    return inTransaction("load the dataset of municipality " + m, true, c -> reader.dataset(c, m, Consent.values()));
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
    return inTransaction("export the dataset of municipality " + m + " for audience " + audience, true,
        c -> reader.dataset(c, m, shown.toArray(Consent[]::new)));
  }

  @Override
  public Optional<VersionedGroup> group(String municipality, String groupId) {
    String m = DatasetChecker.requireMunicipality(municipality);
    String id = requireNonNull(groupId, "groupId").strip();
    return inTransaction("read group '" + id + "' of municipality " + m, true, c -> {
      List<VersionedGroup> found = reader.groups(c, sql.groupsWhere + "AND g.id = ?", Consent.values(), m, id);
      return found.isEmpty() ? Optional.<VersionedGroup>empty() : Optional.of(found.get(0));
    });
  }

  @Override
  public List<VersionedGroup> groups(String municipality) {
    String m = DatasetChecker.requireMunicipality(municipality);
    return inTransaction("read the groups of municipality " + m, true,
        c -> reader.groups(c, sql.groupsWhere + "ORDER BY g.sort_key", Consent.values(), m));
  }

  @Override
  public VersionedGroup put(String municipality, Group group, long expectedVersion) {
    String m = DatasetChecker.requireMunicipality(municipality);
    requireNonNull(group, "group");
    long version = inTransaction("write group '" + group.id() + "' of municipality " + m, false,
        c -> writer.putGroup(c, m, group, expectedVersion));
    return new VersionedGroup(group, version);
  }

  @Override
  public void delete(String municipality, String groupId, long expectedVersion) {
    String m = DatasetChecker.requireMunicipality(municipality);
    String id = requireNonNull(groupId, "groupId").strip();
    inTransaction("delete group '" + id + "' of municipality " + m, false, c -> {
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
    byte[] wkb = GeometryCodec.wkb(GeometryCodec.coverage(area));
    return inTransaction("find the households in an area of municipality " + m, true,
        c -> DatasetReader.households(c, sql.householdsIn, m, wkb));
  }

  @Override
  public List<Household> householdsCoveredBy(String municipality, String groupId) {
    String m = DatasetChecker.requireMunicipality(municipality);
    String id = requireNonNull(groupId, "groupId").strip();
    return inTransaction("find the households of group '" + id + "' of municipality " + m, true, c -> {
      if (writer.currentVersion(c, m, id) == NEW) {
        throw new IllegalArgumentException("municipality " + m + " has no group with id '" + id + "'");
      }
      return DatasetReader.households(c, sql.householdsCoveredBy, m, id);
    });
  }

  @Override
  public List<Group> groupsCovering(String municipality, double x, double y) {
    String m = DatasetChecker.requireMunicipality(municipality);
    byte[] point = GeometryCodec.wkb(RdNew.GEOMETRY_FACTORY.createPoint(new Coordinate(x, y)));
    return inTransaction("find the groups covering " + x + ", " + y + " in municipality " + m, true, c -> {
      List<Group> result = new ArrayList<>();
      for (VersionedGroup g : reader.groups(c, sql.groupsCovering, Consent.values(), m, point, m)) {
        result.add(g.group());
      }
      return result;
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

  private <T> T inTransaction(String what, boolean readOnly, SqlWork<T> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      c.setReadOnly(readOnly);
      try {
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
    } catch (SQLException e) {
      throw new CoverageStoreException("could not " + what + " in schema " + schema + ": " + e.getMessage(),
          e.getSQLState(), e);
    }
  }

  // ---- building

  /**
   * Configures a {@link PostgisCoverageStore}. Defaults: schema {@code dekking}, a pool of at most 10 connections,
   * 10 s to wait for a connection, migrations applied on open.
   */
  public static final class Builder {

    private String url;
    private String user;
    private String password;
    private DataSource dataSource;
    private String schema = "dekking";
    private int maximumPoolSize = 10;
    private Duration connectionTimeout = Duration.ofSeconds(10);
    private boolean migrate = true;

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
     * is wrapped in a HikariCP pool of the configured size. The store never closes it.
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
      requireNonNull(timeout, "timeout");
      if (timeout.toMillis() < 250) {
        throw new IllegalArgumentException("connection timeout must be 250 ms or more, was " + timeout);
      }
      this.connectionTimeout = timeout;
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
     * Opens the store: starts the pool and migrates or verifies the schema.
     *
     * @throws IllegalStateException when neither a URL nor a data source was given, or both
     * @throws CoverageStoreException when the database cannot be reached or the schema cannot be brought up to date
     */
    public PostgisCoverageStore build() {
      if ((url == null) == (dataSource == null)) {
        throw new IllegalStateException("give either a JDBC URL or a data source, not " + (url == null ? "neither" : "both"));
      }
      HikariDataSource ownPool = null;
      DataSource ds = dataSource;
      try {
        if (!(dataSource instanceof HikariDataSource)) {
          ownPool = new HikariDataSource(poolConfig());
          ds = ownPool;
        }
        SchemaMigrator migrator = new SchemaMigrator(schema);
        try (Connection c = ds.getConnection()) {
          if (migrate) {
            migrator.migrate(c);
          } else {
            migrator.verify(c);
          }
        }
        return new PostgisCoverageStore(ds, ownPool, schema);
      } catch (SQLException e) {
        closeQuietly(ownPool);
        throw new CoverageStoreException("could not open the coverage store in schema " + schema + " at "
            + (url == null ? dataSource : url) + ": " + e.getMessage(), e.getSQLState(), e);
      } catch (RuntimeException e) {
        closeQuietly(ownPool);
        if (e instanceof CoverageStoreException) {
          throw e;
        }
        throw new CoverageStoreException("could not open the coverage store in schema " + schema + " at "
            + (url == null ? dataSource : url) + ": " + e.getMessage(), null, e);
      }
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
