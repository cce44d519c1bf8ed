package nl.dekking.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.analysis.GroupCoverage;
import nl.dekking.analysis.Overlap;
import nl.dekking.analysis.QaFinding;

/**
 * What a store's analysis queries must answer, read from core's {@link CoverageReport} of the same dataset: the
 * reference every store is compared with.
 */
public final class ReportExpectations {

  private ReportExpectations() {
  }

  /** The report's household counts, as {@link CoverageStore#householdCounts} gives them. */
  public static CoverageCounts counts(CoverageReport report) {
    TreeMap<String, CoverageCounts.GroupCount> groups = new TreeMap<>();
    for (GroupCoverage g : report.groups()) {
      groups.put(g.id(), new CoverageCounts.GroupCount(g.households(), g.sharedHouseholds()));
    }
    return new CoverageCounts(report.households(), report.uncovered(), report.coveredByOne(),
        report.coveredByMultiple(), groups);
  }

  /**
   * Every overlapping pair of the report, the real overlaps and the overlap errors (small or sliver overlaps)
   * together, sorted as {@link CoverageStore#overlaps} sorts them.
   */
  public static List<GroupOverlap> overlaps(CoverageReport report) {
    List<GroupOverlap> result = new ArrayList<>();
    for (Overlap o : report.overlaps()) {
      result.add(new GroupOverlap(o.groupA(), o.groupB(), o.areaM2(), o.households().size()));
    }
    for (QaFinding f : report.findings()) {
      if (f instanceof QaFinding.OverlapError e) {
        result.add(new GroupOverlap(e.groupA(), e.groupB(), e.areaM2(), e.households().size()));
      }
    }
    result.sort(Comparator.comparing(GroupOverlap::groupA).thenComparing(GroupOverlap::groupB));
    return result;
  }
}
