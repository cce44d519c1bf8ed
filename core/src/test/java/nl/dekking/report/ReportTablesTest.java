package nl.dekking.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.dekking.analysis.CoverageAnalysis;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.analysis.GapCluster;
import nl.dekking.crs.RdNew;
import nl.dekking.model.Address;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.rules.GroupRules;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;

class ReportTablesTest {

  /** Three hamlets beyond walking distance of one another east of a group: three gap clusters. */
  private static CoverageReport hamlets() throws Exception {
    List<Household> households = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      households.add(new Household(Integer.toString(2_511_000 + i * 7), Address.of("Brink", i, "6731AB", "Otterlo"),
          181000 + 10 * i + (i > 10 ? 1_000 : 0) + (i > 20 ? 1_000 : 0), 456100));
    }
    Group group = new Group("A", "Dorp", new WKTReader(RdNew.GEOMETRY_FACTORY)
        .read("POLYGON ((181000 456050, 181055 456050, 181055 456150, 181000 456150, 181000 456050))"), 10,
        List.of(), Map.of());
    return CoverageAnalysis.withDefaults().analyse(Dataset.of("Dorp", households, List.of(group)),
        GroupRules.heerenveen());
  }

  private static String clusterOf(CoverageReport r, Household h) {
    for (GapCluster c : r.gapClusters()) {
      if (c.households().stream().anyMatch(m -> m.id().equals(h.id()))) {
        return c.id();
      }
    }
    return "";
  }

  @Test
  void gapClusterOf_analysedReport_eachUncoveredHouseholdsCluster() throws Exception {
    CoverageReport r = hamlets();

    String[] clusterOf = ReportTables.gapClusterOf(r);

    assertThat(r.gapClusters()).hasSize(3);
    assertThat(clusterOf).hasSize(r.uncoveredHouseholds().size()).hasSize(25);
    for (int i = 0; i < clusterOf.length; i++) {
      assertThat(clusterOf[i]).isEqualTo(clusterOf(r, r.uncoveredHouseholds().get(i))).isNotEmpty();
    }
  }

  @Test
  void gapClusterOf_reportOfOtherInstances_foundById() throws Exception {
    CoverageReport r = hamlets();
    List<Household> copies = r.uncoveredHouseholds().stream()
        .map(h -> new Household(h.id(), h.address(), h.x(), h.y())).toList();
    CoverageReport rebuilt = new CoverageReport(r.datasetName(), r.rules(), r.settings(), r.addressPoints(),
        r.households(), r.covered(), r.coveredByOne(), r.coveredByMultiple(), r.groups(), r.streets(), copies,
        r.sharedHouseholds(), r.gapClusters(), r.neighbourhoods(), r.overlaps(), r.findings(), r.map(),
        r.distinctHouseholds());

    assertThat(ReportTables.gapClusterOf(rebuilt)).isEqualTo(ReportTables.gapClusterOf(r));
  }
}
