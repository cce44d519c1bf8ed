package nl.dekking.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import nl.dekking.analysis.CoverageAnalysis;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.crs.RdNew;
import nl.dekking.model.Address;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.rules.GroupRules;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;

class ReportMapTest {

  private static CoverageReport village() throws Exception {
    List<Household> households = new ArrayList<>();
    // listed out of address order, and odd numbers under the group, even ones not
    for (int i = 60; i >= 1; i--) {
      households.add(new Household("h" + i, Address.of(i % 3 == 0 ? "Brink" : "Dorpsstraat", i, "6731AB", "Otterlo"),
          181000 + 10 * i, i % 2 == 1 ? 456100 : 456400));
    }
    Group group = new Group("A", "Dorp", new WKTReader(RdNew.GEOMETRY_FACTORY)
        .read("POLYGON ((180990 456050, 181700 456050, 181700 456150, 180990 456150, 180990 456050))"), 10,
        List.of(), Map.of());
    return CoverageAnalysis.withDefaults().analyse(Dataset.of("Dorp", households, List.of(group)),
        GroupRules.heerenveen());
  }

  private static boolean[] byId(CoverageReport r) {
    List<String> ids = r.uncoveredHouseholds().stream().map(Household::id).toList();
    boolean[] out = new boolean[r.distinctHouseholds().size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ids.contains(r.distinctHouseholds().get(i).id());
    }
    return out;
  }

  @Test
  void uncovered_analysedReport_theUncoveredHouseholdsAmongTheDistinctOnes() throws Exception {
    CoverageReport r = village();

    boolean[] uncovered = ReportMap.uncovered(r);

    assertThat(uncovered).isEqualTo(byId(r));
    int count = 0;
    for (boolean u : uncovered) {
      count += u ? 1 : 0;
    }
    assertThat(count).isEqualTo(30).isEqualTo(r.uncoveredHouseholds().size());
  }

  @Test
  void uncovered_reportWithUncoveredListedInAnotherOrder_stillFoundById() throws Exception {
    CoverageReport r = village();
    List<Household> reversed = new ArrayList<>(r.uncoveredHouseholds());
    Collections.reverse(reversed);
    CoverageReport shuffled = new CoverageReport(r.datasetName(), r.rules(), r.settings(), r.addressPoints(),
        r.households(), r.covered(), r.coveredByOne(), r.coveredByMultiple(), r.groups(), r.streets(), reversed,
        r.sharedHouseholds(), r.gapClusters(), r.neighbourhoods(), r.overlaps(), r.findings(), r.map(),
        r.distinctHouseholds());

    assertThat(ReportMap.uncovered(shuffled)).isEqualTo(byId(r));
  }
}
