package nl.dekking.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.dekking.index.Assignment;
import nl.dekking.index.CoverageIndex;
import nl.dekking.model.Group;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Suite item 5: the batch assignment of {@link AssignBenchmark} done in PostGIS, on the same groups and
 * households, loaded in setup into two tables with GiST indexes. Each plan computes the lowest covering ordinal of
 * every household (the answer of {@code CoverageIndex.locate}) and the database returns only a checksum, so the
 * time is the database's. Setup prints the plan PostgreSQL chose ({@code EXPLAIN}) with the console output. Runs
 * only when {@code DEKKING_PG_URL} holds a JDBC URL (with user and password) of a
 * database where PostGIS is installed or may be created; otherwise setup fails with that reason and JMH reports
 * the benchmark as not run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class PostgisAssignBenchmark {

  /** How the assignment runs. */
  public enum Plan {
    /** Dekking's {@code CoverageIndex.assign} in this JVM, for the ratio in the same run. */
    DEKKING,
    /** {@code LEFT JOIN ... ON ST_Covers(g.area, h.geom) GROUP BY h.id}: the planner's GiST index join. */
    POSTGIS_JOIN_GROUP_BY,
    /** A correlated {@code min(ordinal)} per household over {@code ST_Covers}, probing the GiST index of groups. */
    POSTGIS_LATERAL_MIN,
    /**
     * Driven by the groups: per group, a GiST index scan of a copy of the households stored in Z-order (Morton)
     * order, so each group's households are read from a few neighbouring pages; {@code min(ordinal)} per covered
     * household, the uncovered counted as the rest. The fastest plan known for this workload.
     */
    POSTGIS_POLYGON_DRIVEN_ZORDER
  }

  private static final String URL_VARIABLE = "DEKKING_PG_URL";

  @Param({"1000000"})
  public int households;

  @Param({"2000"})
  public int groups;

  @Param({"DEKKING", "POSTGIS_JOIN_GROUP_BY", "POSTGIS_LATERAL_MIN", "POSTGIS_POLYGON_DRIVEN_ZORDER"})
  public Plan plan;

  private Connection connection;
  private CoverageIndex index;
  private double[] xs;
  private double[] ys;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    String url = System.getenv(URL_VARIABLE);
    if (url == null || url.isBlank()) {
      throw new IllegalStateException("skipped: " + URL_VARIABLE + " is not set (a JDBC URL of a PostGIS test "
          + "database, e.g. jdbc:postgresql://localhost:5432/dekking?user=u&password=p)");
    }
    List<Group> coverage = SyntheticCoverage.groups(groups, 20261123L + groups);
    double[][] points = SyntheticCoverage.households(households, groups, 11L * households);
    xs = points[0];
    ys = points[1];
    index = CoverageIndex.build(coverage);
    connection = DriverManager.getConnection(url);
    load(coverage);
    requireSameAnswers();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    if (connection != null) {
      try (Statement s = connection.createStatement()) {
        s.execute("DROP TABLE IF EXISTS dekking_bench_households, dekking_bench_households_z, dekking_bench_groups");
      }
      connection.close();
    }
  }

  private void load(List<Group> coverage) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE EXTENSION IF NOT EXISTS postgis");
      s.execute("DROP TABLE IF EXISTS dekking_bench_households, dekking_bench_households_z, dekking_bench_groups");
      s.execute("CREATE TABLE dekking_bench_groups (ordinal int PRIMARY KEY, area geometry(Geometry, 28992))");
      s.execute("CREATE TABLE dekking_bench_households (id int PRIMARY KEY, geom geometry(Point, 28992))");
    }
    Geometry[] areas = JtsBaselines.areas(coverage);
    WKBWriter wkb = new WKBWriter();
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO dekking_bench_groups VALUES (?, ST_SetSRID(ST_GeomFromWKB(?), 28992))")) {
      for (int i = 0; i < areas.length; i++) {
        insert.setInt(1, i);
        insert.setBytes(2, wkb.write(areas[i]));
        insert.addBatch();
      }
      insert.executeBatch();
    }
    insertHouseholds("dekking_bench_households", null);
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE dekking_bench_households_z (id int PRIMARY KEY, geom geometry(Point, 28992))");
    }
    insertHouseholds("dekking_bench_households_z", zOrder());
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE INDEX ON dekking_bench_groups USING gist (area)");
      s.execute("CREATE INDEX ON dekking_bench_households USING gist (geom)");
      s.execute("CREATE INDEX ON dekking_bench_households_z USING gist (geom)");
      s.execute("ANALYZE dekking_bench_groups");
      s.execute("ANALYZE dekking_bench_households");
      s.execute("ANALYZE dekking_bench_households_z");
    }
  }

  /** Inserts the households into a table in the given order (null: as generated, which is random in space). */
  private void insertHouseholds(String table, int[] order) throws SQLException {
    int batch = 100_000;
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table
        + " SELECT i, ST_SetSRID(ST_MakePoint(x, y), 28992) FROM unnest(?::int[], ?::float8[], ?::float8[]) AS t(i, x, y)")) {
      for (int from = 0; from < households; from += batch) {
        int n = Math.min(batch, households - from);
        Integer[] ids = new Integer[n];
        Double[] bx = new Double[n];
        Double[] by = new Double[n];
        for (int k = 0; k < n; k++) {
          int i = order == null ? from + k : order[from + k];
          ids[k] = i;
          bx[k] = xs[i];
          by[k] = ys[i];
        }
        insert.setArray(1, connection.createArrayOf("int4", ids));
        insert.setArray(2, connection.createArrayOf("float8", bx));
        insert.setArray(3, connection.createArrayOf("float8", by));
        insert.executeUpdate();
      }
    }
  }

  /** The households' indexes sorted along the Z-order curve of 16 m cells. */
  private int[] zOrder() {
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    for (int i = 0; i < households; i++) {
      minX = Math.min(minX, xs[i]);
      minY = Math.min(minY, ys[i]);
    }
    long[] keyed = new long[households];
    for (int i = 0; i < households; i++) {
      long cx = (long) ((xs[i] - minX) / 16);
      long cy = (long) ((ys[i] - minY) / 16);
      keyed[i] = (interleave(cx) | (interleave(cy) << 1)) << 32 | i;
    }
    java.util.Arrays.parallelSort(keyed);
    int[] order = new int[households];
    for (int t = 0; t < households; t++) {
      order[t] = (int) keyed[t];
    }
    return order;
  }

  /** Spreads the low 16 bits of v to the even bits of the result. */
  private static long interleave(long v) {
    v &= 0xFFFF;
    v = (v | (v << 8)) & 0x00FF00FFL;
    v = (v | (v << 4)) & 0x0F0F0F0FL;
    v = (v | (v << 2)) & 0x33333333L;
    return (v | (v << 1)) & 0x55555555L;
  }

  private String query(Plan p) {
    return switch (p) {
      case POSTGIS_JOIN_GROUP_BY -> "SELECT count(*), sum(coalesce(first, -1)) FROM (SELECT h.id, min(g.ordinal) AS first "
          + "FROM dekking_bench_households h LEFT JOIN dekking_bench_groups g ON ST_Covers(g.area, h.geom) "
          + "GROUP BY h.id) s";
      case POSTGIS_LATERAL_MIN -> "SELECT count(*), sum(coalesce(first, -1)) FROM (SELECT h.id, (SELECT min(g.ordinal) "
          + "FROM dekking_bench_groups g WHERE ST_Covers(g.area, h.geom)) AS first FROM dekking_bench_households h) s";
      // OFFSET 0 keeps the planner from flattening the lateral subquery back into a join it drives by household
      case POSTGIS_POLYGON_DRIVEN_ZORDER -> "WITH covered AS MATERIALIZED (SELECT c.id, min(c.ordinal) AS first "
          + "FROM (SELECT g.ordinal, h.id FROM dekking_bench_groups g CROSS JOIN LATERAL (SELECT h.id "
          + "FROM dekking_bench_households_z h WHERE ST_Covers(g.area, h.geom) OFFSET 0) h) c GROUP BY c.id), "
          + "total AS (SELECT count(*) AS n FROM dekking_bench_households_z) "
          + "SELECT total.n, (SELECT coalesce(sum(first), 0) - (total.n - count(*)) FROM covered) FROM total";
      case DEKKING -> throw new IllegalArgumentException("DEKKING runs in the JVM, not in PostGIS");
    };
  }

  private void requireSameAnswers() throws SQLException {
    Assignment assignment = index.assign(xs, ys);
    long sum = 0;
    for (int i = 0; i < households; i++) {
      sum += assignment.firstGroup(i);
    }
    if (plan == Plan.DEKKING) {
      return;
    }
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("EXPLAIN " + query(plan))) {
      StringBuilder explain = new StringBuilder(plan + " runs as:\n");
      while (r.next()) {
        explain.append("  ").append(r.getString(1)).append('\n');
      }
      System.out.print(explain); // part of the console output kept with the results
    }
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(query(plan))) {
      r.next();
      if (r.getLong(1) != households || r.getLong(2) != sum) {
        throw new IllegalStateException(plan + " returned " + r.getLong(1) + " households with ordinal sum "
            + r.getLong(2) + ", Dekking assigned " + households + " with ordinal sum " + sum);
      }
    }
  }

  @Benchmark
  public long assign() throws SQLException {
    if (plan == Plan.DEKKING) {
      return index.assign(xs, ys).covered();
    }
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(query(plan))) {
      r.next();
      return r.getLong(2);
    }
  }
}
