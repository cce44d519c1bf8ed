package nl.dekking.postgis;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dekking.crs.RdNew;
import nl.dekking.model.Address;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/**
 * The query plans of the pushed-down queries on a town-sized municipality (60,000 households in street-like
 * clusters, 400 groups): households are reached through the GiST index on their location, group by group, and the
 * household table is never scanned whole except where every household must be read (the uncovered households).
 * Plans are taken as the store runs its queries: JIT off, the analysis {@code work_mem}.
 */
class AnalysisPlanTest {

  private static final String MUNICIPALITY = "GM-PLAN";
  private static final String SCHEMA = "dekking_plan";
  private static PostgisCoverageStore store;
  private static String table;
  private static String tableName;
  private static Dataset dataset;

  @BeforeAll
  static void save() throws Exception {
    Random r = new Random(17);
    List<Household> households = new ArrayList<>();
    while (households.size() < 60_000) {
      double cx = 170_000 + r.nextDouble() * 10_000;
      double cy = 440_000 + r.nextDouble() * 10_000;
      for (int k = 0; k < 100; k++) {
        int n = households.size();
        households.add(new Household("p" + n, new Address("Planstraat", 1 + n % 99_999, "", "",
            "7" + (100 + n / 99_999) + "PP", "Plan"), cx + r.nextGaussian() * 40, cy + r.nextGaussian() * 40));
      }
    }
    List<Group> groups = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      Household h = households.get(r.nextInt(households.size()));
      double w = 60 + r.nextDouble() * 120;
      groups.add(Group.of("g" + i, "groep " + i, RdNew.GEOMETRY_FACTORY.createPolygon(new Coordinate[] {
          new Coordinate(h.x() - w, h.y() - w / 2), new Coordinate(h.x() + w / 2, h.y() - w),
          new Coordinate(h.x() + w, h.y() + w / 2), new Coordinate(h.x() - w / 3, h.y() + w),
          new Coordinate(h.x() - w, h.y() - w / 2)})));
    }
    dataset = Dataset.of("Plan", households, groups);
    store = TestDatabase.get().store(SCHEMA);
    store.save(MUNICIPALITY, dataset);
    try (Connection c = TestDatabase.get().connect(); Statement s = c.createStatement()) {
      s.execute("ANALYZE " + SCHEMA + ".coverage_group");
      try (ResultSet rs = s.executeQuery("SELECT household_table FROM " + SCHEMA + ".dataset WHERE municipality = '"
          + MUNICIPALITY + "'")) {
        rs.next();
        tableName = rs.getString(1);
        table = SCHEMA + "." + tableName;
      }
    }
  }

  @AfterAll
  static void close() {
    if (store != null) {
      store.close();
    }
  }

  @Test
  void householdCounts_plan_readsHouseholdsThroughTheirGistIndexGroupByGroup() throws Exception {
    String plan = explain(new AnalysisSql('"' + SCHEMA + '"').householdCounts(table), 3);

    assertUsesLocationIndexOnly(plan);
    assertThat(plan).as(plan).contains("Seq Scan on coverage_group").contains("Nested Loop");
  }

  @Test
  void overlaps_plan_pairsGroupsThroughTheirGistIndex() throws Exception {
    String plan = explain(new AnalysisSql('"' + SCHEMA + '"').overlaps(table), 7);

    assertUsesLocationIndexOnly(plan);
    assertThat(plan).as(plan).contains("coverage_group_coverage");
  }

  @Test
  void uncoveredHouseholds_plan_scansTheHouseholdsOnceAndCoversThemThroughTheIndex() throws Exception {
    String plan = explain(new AnalysisSql('"' + SCHEMA + '"').uncoveredHouseholds(table), 3);

    assertThat(plan).as(plan).containsPattern("Index Scan (using|on) " + tableName + "_location");
    assertThat(count(plan, "Seq Scan on " + tableName)).as("scans of every household: " + plan).isEqualTo(1);
  }

  @Test
  void householdsCoveredBy_plan_readsOnlyTheGroupsHouseholdsThroughTheIndex() throws Exception {
    String plan = explain(new AnalysisSql('"' + SCHEMA + '"').householdsCoveredBy(table), MUNICIPALITY, "g7",
        MUNICIPALITY, MUNICIPALITY);

    assertUsesLocationIndexOnly(plan);
    assertThat(plan).as(plan).contains("coverage_group_coverage");
  }

  @Test
  void householdsIn_plan_readsOnlyTheAreasHouseholdsThroughTheIndex() throws Exception {
    byte[] area = GeometryCodec.wkb(dataset.groups().get(3).area());
    String plan = explain(new AnalysisSql('"' + SCHEMA + '"').householdsIn(table), area);

    assertUsesLocationIndexOnly(plan);
  }

  @Test
  void groupsCovering_plan_findsCandidatesThroughTheGroupIndex() throws Exception {
    Household h = dataset.households().get(100);
    byte[] point = GeometryCodec.wkb(RdNew.GEOMETRY_FACTORY.createPoint(new Coordinate(h.x(), h.y())));
    String plan = explain(new CoverageSql('"' + SCHEMA + '"').groupsCovering, new String[] {"PUBLIC"}, MUNICIPALITY,
        point, MUNICIPALITY);

    assertThat(plan).as(plan).containsPattern("Index Scan (using|on) coverage_group_coverage");
  }

  private static void assertUsesLocationIndexOnly(String plan) {
    assertThat(plan).as(plan).containsPattern("Index Scan (using|on) " + tableName + "_location");
    assertThat(plan).as("no scan of every household: " + plan).doesNotContain("Seq Scan on " + tableName);
  }

  private static int count(String text, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** The plan of a query whose parameters are all the municipality. */
  private static String explain(String query, int municipalities) throws Exception {
    Object[] params = new Object[municipalities];
    java.util.Arrays.fill(params, MUNICIPALITY);
    return explain(query, params);
  }

  private static String explain(String query, Object... params) throws Exception {
    try (Connection c = TestDatabase.get().connect()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("SELECT set_config('jit', 'off', true), set_config('work_mem', '64MB', true)");
      }
      try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + query)) {
        for (int i = 0; i < params.length; i++) {
          if (params[i] instanceof byte[] b) {
            ps.setBytes(i + 1, b);
          } else if (params[i] instanceof String[] a) {
            ps.setArray(i + 1, c.createArrayOf("text", a));
          } else {
            ps.setString(i + 1, (String) params[i]);
          }
        }
        StringBuilder plan = new StringBuilder();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            plan.append(rs.getString(1)).append('\n');
          }
        }
        c.rollback();
        return plan.toString();
      }
    }
  }
}
