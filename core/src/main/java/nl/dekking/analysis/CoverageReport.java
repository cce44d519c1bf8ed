package nl.dekking.analysis;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import nl.dekking.index.CoverageMap;
import nl.dekking.model.Household;
import nl.dekking.rules.GroupRules;

/**
 * The result of a {@link CoverageAnalysis}: immutable, no nulls, every list in a fixed order that does not depend
 * on the order of the input.
 *
 * <p>Invariants, checked on construction: {@code households == uncovered + coveredByOne + coveredByMultiple};
 * {@code covered == coveredByOne + coveredByMultiple}; the uncovered and shared households are listed; the sum of
 * the groups' households is {@code coveredByOne} plus, over the shared households, the number of groups covering
 * each.
 *
 * @param datasetName the dataset's name
 * @param rules the rules assessed against
 * @param settings the tolerances and distances used
 * @param addressPoints the address points given, duplicates included
 * @param households the households counted: distinct address keys
 * @param covered households covered by at least one group
 * @param coveredByOne households covered by exactly one group
 * @param coveredByMultiple households covered by two or more groups
 * @param groups per group, ordered by id: group {@code o} is the map's ordinal {@code o}
 * @param streets per street with households, ordered by place and name (case-insensitive)
 * @param uncoveredHouseholds the uncovered households, in address order
 * @param sharedHouseholds the households covered by two or more groups, in address order
 * @param gapClusters gap clusters, most households first
 * @param neighbourhoods per neighbourhood, ordered by code
 * @param overlaps overlaps beyond the tolerance, ordered by the two group ids
 * @param findings map and data QA findings, ordered by kind, groups and place
 * @param map the analysed map the report was computed on: the groups, their analysed areas and the index, for
 *     writers and address lookups, so nothing downstream repairs or indexes the areas again
 * @param distinctHouseholds every household counted (distinct address keys), in address order, for maps: with
 *     {@link #map()} and {@link NeighbourhoodCoverage#area()} the report holds all that its outputs draw
 */
public record CoverageReport(String datasetName, GroupRules rules, AnalysisSettings settings, int addressPoints,
    int households, int covered, int coveredByOne, int coveredByMultiple, List<GroupCoverage> groups,
    List<StreetCoverage> streets, List<Household> uncoveredHouseholds, List<SharedHousehold> sharedHouseholds,
    List<GapCluster> gapClusters, List<NeighbourhoodCoverage> neighbourhoods, List<Overlap> overlaps,
    List<QaFinding> findings, CoverageMap map, List<Household> distinctHouseholds) {

  public CoverageReport {
    requireNonNull(map, "map");
    requireNonNull(datasetName, "datasetName");
    requireNonNull(rules, "rules");
    requireNonNull(settings, "settings");
    groups = List.copyOf(groups);
    streets = List.copyOf(streets);
    uncoveredHouseholds = List.copyOf(uncoveredHouseholds);
    sharedHouseholds = List.copyOf(sharedHouseholds);
    gapClusters = List.copyOf(gapClusters);
    neighbourhoods = List.copyOf(neighbourhoods);
    overlaps = List.copyOf(overlaps);
    findings = List.copyOf(findings);
    distinctHouseholds = List.copyOf(distinctHouseholds);
    if (distinctHouseholds.size() != households) {
      throw new IllegalArgumentException("households " + households + " must equal the distinct households listed, "
          + distinctHouseholds.size());
    }
    if (map.size() != groups.size()) {
      throw new IllegalArgumentException("the map's " + map.size() + " groups must be the report's " + groups.size());
    }
    for (int o = 0; o < groups.size(); o++) {
      if (!groups.get(o).id().equals(map.group(o).id())) {
        throw new IllegalArgumentException("report group " + o + " is '" + groups.get(o).id()
            + "' but the map's group " + o + " is '" + map.group(o).id() + "': both must be ordered by id");
      }
    }
    if (covered != coveredByOne + coveredByMultiple) {
      throw new IllegalArgumentException("covered " + covered + " must equal covered by one " + coveredByOne
          + " plus covered by several " + coveredByMultiple);
    }
    if (households != covered + uncoveredHouseholds.size() || addressPoints < households) {
      throw new IllegalArgumentException("households " + households + " must equal covered " + covered
          + " plus uncovered " + uncoveredHouseholds.size() + " and be at most the address points " + addressPoints);
    }
    if (coveredByMultiple != sharedHouseholds.size()) {
      throw new IllegalArgumentException("covered by several " + coveredByMultiple + " must equal the shared households listed, "
          + sharedHouseholds.size());
    }
    long perGroup = groups.stream().mapToLong(GroupCoverage::households).sum();
    long expected = coveredByOne + sharedHouseholds.stream().mapToLong(s -> s.groupIds().size()).sum();
    if (perGroup != expected) {
      throw new IllegalArgumentException("the groups' households add up to " + perGroup + ", expected " + expected
          + " (covered by one plus each shared household once per covering group)");
    }
  }

  /** A one-line summary; the lists are far too long to print. */
  @Override
  public String toString() {
    return "CoverageReport['" + datasetName + "', " + rules.name() + ": " + households + " households, " + covered
        + " covered (" + coveredByMultiple + " by several), " + uncovered() + " uncovered, " + groups.size()
        + " groups, " + gapClusters.size() + " gap clusters, " + overlaps.size() + " overlaps, " + findings.size()
        + " QA findings]";
  }

  /** Households covered by no group. */
  public int uncovered() {
    return uncoveredHouseholds.size();
  }

  /** The group with this id. */
  public Optional<GroupCoverage> group(String id) {
    return groups.stream().filter(g -> g.id().equals(id)).findFirst();
  }

  /** The street with this name and place (case-insensitive). */
  public Optional<StreetCoverage> street(String name, String place) {
    return streets.stream().filter(s -> s.name().equalsIgnoreCase(name) && s.place().equalsIgnoreCase(place))
        .findFirst();
  }

  /** The findings of one kind. */
  public List<QaFinding> findings(QaFinding.Kind kind) {
    return findings.stream().filter(f -> f.kind() == kind).toList();
  }
}
