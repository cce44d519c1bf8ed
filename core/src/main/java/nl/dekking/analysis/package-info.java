/**
 * Coverage analysis: what a municipal safety officer needs to keep the coverage map honest and to know where to
 * recruit. {@link nl.dekking.analysis.CoverageAnalysis} takes a {@link nl.dekking.model.Dataset} and
 * {@link nl.dekking.rules.GroupRules} and returns an immutable {@link nl.dekking.analysis.CoverageReport}:
 *
 * <ul>
 *   <li>per group ({@link nl.dekking.analysis.GroupCoverage}): households, members, admins, capacity state, rule
 *       violations, the streets it covers fully or partly, its neighbours;</li>
 *   <li>gaps: uncovered households, per street ({@link nl.dekking.analysis.StreetCoverage}) with the uncovered
 *       house numbers as readable ranges ({@link nl.dekking.analysis.HouseNumberRanges}), gap clusters
 *       ({@link nl.dekking.analysis.GapCluster}) and per neighbourhood
 *       ({@link nl.dekking.analysis.NeighbourhoodCoverage});</li>
 *   <li>overlaps between groups beyond a tolerance ({@link nl.dekking.analysis.Overlap}) and households covered by
 *       several groups ({@link nl.dekking.analysis.SharedHousehold});</li>
 *   <li>map QA ({@link nl.dekking.analysis.QaFinding}): repaired areas, narrow gaps and small overlaps between
 *       neighbours (drawing errors, not gaps or overlaps), groups covering no household, duplicate addresses.</li>
 * </ul>
 *
 * <p><b>Semantics.</b> Coverage is decided by {@link nl.dekking.index.CoverageIndex} and nothing else: closed
 * areas, and a household on a shared boundary in no group's interior belongs to the group whose id sorts first.
 * Households with the same {@link nl.dekking.model.Address#key() address key} count as one household (the first in
 * address order, then id) and are reported. Every household is exactly one of uncovered, covered by one group, or
 * covered by several. Every list in a report is in a documented order that does not depend on the order of the
 * input. Working CRS is RD New, metres.
 */
package nl.dekking.analysis;
