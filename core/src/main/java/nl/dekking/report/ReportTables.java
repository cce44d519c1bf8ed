package nl.dekking.report;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.analysis.GapCluster;
import nl.dekking.analysis.GroupCoverage;
import nl.dekking.analysis.GroupStreet;
import nl.dekking.analysis.Language;
import nl.dekking.analysis.StreetCoverage;
import nl.dekking.crs.CrsTransform;
import nl.dekking.model.Household;
import nl.dekking.report.words.CapacityText;
import nl.dekking.report.words.ReportText;
import org.locationtech.jts.geom.Coordinate;

/**
 * Builds {@code groups.csv}, {@code streets.csv} and {@code gaps.csv} from a report; see {@link ExcelCsv} for the
 * dialect, whose first line says the table is internal. Column names are fixed (documented in the README); the
 * text in them (capacity, advice, violations, house-number ranges) is in the report's language. Lists inside a
 * field are joined with {@code ", "} (violations with {@code " | "}). Thread-safe.
 */
final class ReportTables {

  private ReportTables() {
  }

  static String groups(CoverageReport r, Language language) {
    ExcelCsv t = new ExcelCsv(ReportText.internalNotice(language), "id", "name", "households", "shared_households",
        "members", "admins", "capacity_state", "capacity", "groups_needed", "advice", "area_m2", "repaired",
        "neighbours", "full_streets", "partial_streets", "violations");
    for (int o = 0; o < r.groups().size(); o++) {
      GroupCoverage g = r.groups().get(o);
      t.row(g.id(), g.name(), g.households(), g.sharedHouseholds(), g.members(), g.admins(), g.capacityState(),
          CapacityText.state(g.capacityState(), r.rules(), language), g.groupsNeeded(),
          CapacityText.advice(g, language), ExcelCsv.decimal(g.areaM2(), 1), r.map().isRepaired(o),
          String.join(", ", g.neighbours()),
          g.fullStreets().stream().map(ReportTables::street).collect(Collectors.joining(", ")),
          g.partialStreets().stream().map(ReportTables::street).collect(Collectors.joining(", ")),
          g.violations().stream().map(v -> v.message(language)).collect(Collectors.joining(" | ")));
    }
    return t.text();
  }

  static String streets(CoverageReport r, Language language) {
    ExcelCsv t = new ExcelCsv(ReportText.internalNotice(language), "street", "place", "households", "covered", "uncovered", "state", "uncovered_numbers",
        "groups");
    for (StreetCoverage s : r.streets()) {
      t.row(s.name(), s.place(), s.households(), s.covered(), s.uncovered(), s.state(), s.uncoveredNumbers(language),
          String.join(", ", s.groupIds()));
    }
    return t.text();
  }

  /**
   * Writes {@code gaps.csv} to {@code out} as it is made (a city's has hundreds of thousands of lines);
   * {@code clusterOf} is {@link #gapClusterOf} of the report.
   */
  static void gaps(CoverageReport r, Language language, String[] clusterOf, double[] lonLat, Writer out)
      throws IOException {
    ExcelCsv t = new ExcelCsv(ReportText.internalNotice(language), "household_id", "street", "house_number", "postcode", "place", "gap_cluster", "x_rd",
        "y_rd", "lon", "lat");
    List<Household> uncovered = r.uncoveredHouseholds();
    for (int i = 0; i < clusterOf.length; i++) {
      Household h = uncovered.get(i);
      t.row(h.id(), h.address().street(), h.address().houseNumberDisplay(), h.address().postcode(),
          h.address().place(), clusterOf[i], new ExcelCsv.Decimal(h.x(), 2),
          new ExcelCsv.Decimal(h.y(), 2), new ExcelCsv.Decimal(lonLat[2 * i], 7),
          new ExcelCsv.Decimal(lonLat[2 * i + 1], 7));
      t.drainTo(out, 1 << 16);
    }
    t.drainTo(out, 0);
  }

  /**
   * Each uncovered household's WGS84 longitude and latitude, in the order of the report's uncovered households
   * (two numbers each): transformed once for {@code gaps.csv} and {@code uncovered-households.geojson}.
   *
   * @throws IllegalArgumentException naming the point when it lies outside the Netherlands
   */
  static double[] lonLat(CoverageReport r) {
    List<Household> uncovered = r.uncoveredHouseholds();
    CrsTransform toWgs84 = CrsTransform.rdToWgs84();
    double[] out = new double[2 * uncovered.size()];
    for (int i = 0; i < uncovered.size(); i++) {
      Coordinate c = toWgs84.apply(uncovered.get(i).x(), uncovered.get(i).y());
      out[2 * i] = c.x;
      out[2 * i + 1] = c.y;
    }
    return out;
  }

  /**
   * The id of the gap cluster of each uncovered household, in the order of the report's uncovered households ("" for
   * one in none). The clusters hold the very households the report lists as uncovered, so they are matched by
   * instance (a city has hundreds of thousands; household ids made from numbers hash poorly); by id for a report put
   * together from other instances.
   */
  static String[] gapClusterOf(CoverageReport r) {
    List<Household> uncovered = r.uncoveredHouseholds();
    Map<Household, String> byInstance = new IdentityHashMap<>(uncovered.size());
    for (GapCluster c : r.gapClusters()) {
      for (Household h : c.households()) {
        byInstance.put(h, c.id());
      }
    }
    String[] out = new String[uncovered.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = byInstance.get(uncovered.get(i));
      if (out[i] == null) {
        return byId(r);
      }
    }
    return out;
  }

  private static String[] byId(CoverageReport r) {
    Map<String, String> clusterOf = new HashMap<>();
    for (GapCluster c : r.gapClusters()) {
      for (Household h : c.households()) {
        clusterOf.put(h.id(), c.id());
      }
    }
    List<Household> uncovered = r.uncoveredHouseholds();
    String[] out = new String[uncovered.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = clusterOf.getOrDefault(uncovered.get(i).id(), "");
    }
    return out;
  }

  private static String street(GroupStreet s) {
    return s.name() + " (" + s.place() + ")";
  }
}
