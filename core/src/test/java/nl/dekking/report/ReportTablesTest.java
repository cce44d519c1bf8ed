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

  @Test
  void writeUtf8_surrogatePairAcrossThePieces_sameBytesAsGetBytes() throws Exception {
    String text = "a".repeat((1 << 14) - 1) + "\uD83D\uDE00 Ærmelweg ë " + "z".repeat(40_000) + "\uD83C\uDFE0";
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

    ReportWriter.writeUtf8(text, out);

    assertThat(out.toByteArray()).isEqualTo(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void row_decimals_writtenAsDecimalWritesThem() {
    double[] values = {0, -0.0, 0.125, -0.125, 155000.005, 52.38406815, 4.89571215, -7000.5, 1e-9, 629000};
    for (int decimals : new int[] {0, 1, 2, 7}) {
      ExcelCsv direct = new ExcelCsv("n", "v");
      ExcelCsv viaText = new ExcelCsv("n", "v");
      for (double v : values) {
        direct.row(new ExcelCsv.Decimal(v, decimals));
        viaText.row(ExcelCsv.decimal(v, decimals));
      }
      assertThat(direct.text()).isEqualTo(viaText.text());
    }
  }

  @Test
  void drainTo_tableWrittenAsItGrows_sameTextAsWhole() throws Exception {
    ExcelCsv drained = new ExcelCsv("Intern \u2014 niet publiceren", "straat", "nummer", "x");
    ExcelCsv whole = new ExcelCsv("Intern \u2014 niet publiceren", "straat", "nummer", "x");
    java.io.StringWriter out = new java.io.StringWriter();
    for (int i = 0; i < 20_000; i++) {
      Object[] row = {"Ærmelweg; \"hoek\" " + i, i, new ExcelCsv.Decimal(155000.005 + i, 2)};
      drained.row(row);
      whole.row(row);
      drained.drainTo(out, 1 << 16);
    }
    drained.drainTo(out, 0);

    assertThat(out.toString()).isEqualTo(whole.text()).hasSizeGreaterThan(1 << 19);
    assertThat(drained.text()).isEmpty();
  }
}
