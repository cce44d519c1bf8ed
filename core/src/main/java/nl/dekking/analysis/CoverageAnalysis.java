package nl.dekking.analysis;

import static java.util.Objects.requireNonNull;

import nl.dekking.model.Streets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import nl.dekking.index.Assignment;
import nl.dekking.index.CoverageIndex;
import nl.dekking.index.CoverageMap;
import nl.dekking.model.Address;
import nl.dekking.model.Consent;
import nl.dekking.model.Contact;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.model.Neighbourhood;
import nl.dekking.rules.CapacityState;
import nl.dekking.rules.GroupRules;
import org.locationtech.jts.geom.Geometry;

/**
 * The coverage analysis: one entry point from a {@link Dataset} and {@link GroupRules} to a {@link CoverageReport}.
 *
 * <pre>{@code
 * CoverageReport report = CoverageAnalysis.withDefaults().analyse(dataset, GroupRules.heerenveen());
 * CoverageReport strict = CoverageAnalysis.of(AnalysisSettings.defaults().withWalkingDistanceM(150))
 *     .analyse(dataset, rules);
 * }</pre>
 *
 * <p><b>Steps.</b>
 * <ol>
 *   <li>Households with the same {@link Address#key()} count once: the first in address order (place, street,
 *       number, letter, suffix, postcode, id) is kept and the others are reported as
 *       {@link QaFinding.DuplicateAddress}.</li>
 *   <li>The groups become one {@link CoverageMap}: invalid areas are repaired once, by {@link CoverageMap#analysedArea}, and
 *       each repair is reported ({@link QaFinding.RepairedArea}); every geometric step uses the repaired areas.</li>
 *   <li>{@link CoverageIndex#assign} decides which groups cover each household (closed areas, shared-boundary rule).
 *       Per group: households, shared households, members and admins; the capacity state is
 *       {@link GroupRules#assess} of the members alone; {@code groupsNeeded}, planning advice and not a violation, is
 *       {@link GroupRules#groupsAdvisedFor} of the households. Violations, as data rendered per language:
 *       fewer admins than {@code minAdmins} ({@code NO_ADMIN}), more than {@code maxAdmins}, more members than
 *       households (only under one member per household), and one {@code ADMIN_CONTACT_NOT_PUBLIC} per admin whose
 *       consent is not {@code PUBLIC} (the message names the admin's position, never the person).</li>
 *   <li>Streets: households are matched to the dataset's streets by {@link nl.dekking.model.Street.Key}; a
 *       household whose street is not in the dataset gets a street derived from its address. A group covers a
 *       street <em>fully</em> when it covers every household of the street, <em>partly</em> when it covers some;
 *       a street whose centre line runs at least {@value StreetCoverer#MIN_LINE_INSIDE_M} m inside a group's area
 *       is also (at least) partly in that group, even with no household there. The street's own state is fully
 *       covered, partly covered or uncovered by all groups together; streets without households are not listed
 *       on their own.</li>
 *   <li>Gap clusters: single-linkage clusters of uncovered households whose straight-line distance is at most the
 *       walking distance (a grid of cells of that size; near-linear). The outline is the JTS
 *       {@link org.locationtech.jts.algorithm.hull.ConcaveHull concave hull} of the households with edges up to the
 *       walking distance, buffered by {@value GapClusterer#OUTLINE_MARGIN_M} m, so one or two households get a small
 *       round or oblong polygon. Largest cluster first; ties by the first household in address order.</li>
 *   <li>Overlaps: each pair of groups whose repaired areas share a polygonal area larger than the overlap
 *       tolerance is an {@link Overlap}, with the households both cover, unless every piece of it is narrower than
 *       the gap width (mean width 2 × area / perimeter): such a sliver along a common edge is a drawing error,
 *       {@link QaFinding.Kind#SLIVER_OVERLAP}, as is a shared area within the tolerance,
 *       {@link QaFinding.Kind#SMALL_OVERLAP} (both {@link QaFinding.OverlapError}). Neighbours: repaired areas
 *       that touch, overlap or lie within the neighbour distance.</li>
 *   <li>Narrow gaps ({@link QaFinding.NarrowGap}): strips between two or more groups, open or enclosed, that a
 *       morphological closing of the union of all areas (buffer out and back in by half the gap width) fills, where
 *       the strip borders at least two groups each along more than the gap width (so the corner where two groups
 *       meet on the map's outline is not a gap); and the other holes of the union that JTS
 *       {@link org.locationtech.jts.coverage.CoverageGapFinder} finds narrower than the gap width (a narrow hole in
 *       one group). Pieces under 1 m² are rounding and dropped. Households inside a narrow gap still count as
 *       uncovered.</li>
 *   <li>Neighbourhoods: households are counted in each neighbourhood's area with a {@link CoverageIndex} over the
 *       neighbourhoods, so the same boundary rule applies.</li>
 * </ol>
 *
 * <p><b>Parts of a larger map.</b> {@link #analysePart} analyses a municipality of a national run on the national
 * {@link CoverageMap} and neighbourhood index (those of {@link MunicipalitySplit}): the part's groups keep their
 * national repaired areas ({@link CoverageMap#part}), its households are assigned with the national index and
 * renumbered ({@link Assignment#onto}), and its neighbourhoods are counted by {@code NeighbourhoodCounter}, so
 * nothing is repaired or indexed per municipality. The report equals that of {@link #analyse(Dataset, GroupRules)}
 * on the part, byte for byte in every written file (checked on the 1 M-household national run).
 *
 * <p>Complexity: O(n log n + g·log g) for n households and g groups, plus the JTS overlay work on the groups'
 * areas. Thread-safe and immutable; one instance may analyse many datasets concurrently.
 */
public final class CoverageAnalysis {

  /** Progress nobody reads: its steps are not even formatted. */
  private static final Consumer<String> SILENT = step -> { };

  private final AnalysisSettings settings;

  private CoverageAnalysis(AnalysisSettings settings) {
    this.settings = requireNonNull(settings, "settings");
  }

  /** An analysis with these settings. */
  public static CoverageAnalysis of(AnalysisSettings settings) {
    return new CoverageAnalysis(settings);
  }

  /** An analysis with {@link AnalysisSettings#defaults()}. */
  public static CoverageAnalysis withDefaults() {
    return new CoverageAnalysis(AnalysisSettings.defaults());
  }

  /** The settings. */
  public AnalysisSettings settings() {
    return settings;
  }

  /**
   * Analyses a dataset against rules.
   *
   * @throws IllegalArgumentException when two neighbourhoods share a code
   */
  public CoverageReport analyse(Dataset dataset, GroupRules rules) {
    return analyse(dataset, rules, SILENT);
  }

  /**
   * Analyses a dataset against rules, telling {@code progress} each step as it starts ("indexing 8 groups",
   * "assigning 2,478 households", ...), for progress lines on long runs.
   *
   * @throws IllegalArgumentException when two neighbourhoods share a code
   */
  public CoverageReport analyse(Dataset dataset, GroupRules rules, Consumer<String> progress) {
    requireNonNull(dataset, "dataset");
    requireNonNull(rules, "rules");
    requireNonNull(progress, "progress");
    return analyse(dataset, rules, progress, null, null);
  }

  /**
   * Analyses one part of a larger map, such as a municipality of a national run, with the larger map's repaired
   * areas and index and an index over the larger set of neighbourhoods: nothing is repaired or indexed again, and
   * the report is the one {@link #analyse(Dataset, GroupRules)} gives for the part.
   *
   * @param part the part: its groups are groups of {@code map}, among them every group of {@code map} that covers
   *     one of its households; its neighbourhoods are indexed by {@code neighbourhoods} (by code, the same areas)
   * @param map the larger map
   * @param neighbourhoods an index over the larger set of neighbourhoods, their codes as ids
   * @throws IllegalArgumentException when a group of the part is not in {@code map}, a group of {@code map} not in
   *     the part covers one of its households, a neighbourhood is not in {@code neighbourhoods}, or two
   *     neighbourhoods share a code
   */
  public CoverageReport analysePart(Dataset part, GroupRules rules, CoverageMap map, CoverageIndex neighbourhoods) {
    requireNonNull(part, "part");
    requireNonNull(rules, "rules");
    requireNonNull(map, "map");
    requireNonNull(neighbourhoods, "neighbourhoods");
    return analyse(part, rules, SILENT, map, neighbourhoods);
  }

  private CoverageReport analyse(Dataset dataset, GroupRules rules, Consumer<String> progress, CoverageMap whole,
      CoverageIndex wholeNeighbourhoods) {
    List<QaFinding> findings = new ArrayList<>();

    // 1. distinct households, in address order
    List<Household> sorted = AddressOrder.sorted(dataset.households());
    // the first of each address key is kept; the few repeats are gathered per first position (in address order)
    FirstByAddressKey firstOf = new FirstByAddressKey(sorted);
    TreeMap<Integer, List<Household>> repeated = new TreeMap<>();
    List<Household> households = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      Household h = sorted.get(i);
      int first = firstOf.firstOrAdd(i);
      if (first < 0) {
        households.add(h);
      } else {
        repeated.computeIfAbsent(first, k -> new ArrayList<>(List.of(sorted.get(k)))).add(h);
      }
    }
    for (List<Household> same : repeated.values()) {
      findings.add(new QaFinding.DuplicateAddress(same.get(0).address().key(), same));
    }

    // 2. the analysed map: groups by id, areas repaired once, the index over them
    tell(progress, "indexing %,d groups", dataset.groups().size());
    CoverageMap map = whole == null ? CoverageMap.of(dataset.groups()) : whole.part(dataset.groups());
    List<Group> groups = map.groups();
    int g = groups.size();
    Geometry[] areas = new Geometry[g];
    for (int i = 0; i < g; i++) {
      areas[i] = map.area(i);
      if (map.isRepaired(i)) {
        Geometry drawn = groups.get(i).area();
        findings.add(new QaFinding.RepairedArea(groups.get(i).id(), drawn, areas[i], drawn.getArea(), areas[i].getArea()));
      }
    }

    // 3. assignment
    tell(progress, "assigning %,d households", households.size());
    Assignment assignment = whole == null ? map.index().assign(households) : partAssignment(whole, map, households);
    int[] perGroup = assignment.householdsPerGroup();
    int[] sharedPerGroup = new int[g];
    List<Household> uncovered = new ArrayList<>(assignment.uncovered());
    List<SharedHousehold> shared = new ArrayList<>(assignment.coveredByMultiple());
    for (int i = 0; i < households.size(); i++) {
      int k = assignment.coveringCount(i);
      if (k == 0) {
        uncovered.add(households.get(i));
      } else if (k > 1) {
        int[] ordinals = assignment.groupsOf(i);
        List<String> ids = new ArrayList<>(k);
        for (int o : ordinals) {
          ids.add(groups.get(o).id());
          sharedPerGroup[o]++;
        }
        shared.add(new SharedHousehold(households.get(i), ids));
      }
    }

    // 4. streets, overlaps, neighbours, narrow gaps, clusters
    progress.accept("covering streets");
    StreetCoverer streets = new StreetCoverer(households, assignment, groups, areas, dataset.streets());
    progress.accept("checking the map: overlaps, narrow gaps, neighbours");
    MapInspector inspector = new MapInspector(groups, areas, households, assignment, settings);
    findings.addAll(inspector.overlapErrors());
    findings.addAll(inspector.narrowGaps());
    tell(progress, "clustering %,d uncovered households", uncovered.size());
    List<GapCluster> clusters = new GapClusterer(settings.walkingDistanceM()).cluster(uncovered);

    List<GroupCoverage> groupCoverages = new ArrayList<>(g);
    for (int i = 0; i < g; i++) {
      Group group = groups.get(i);
      if (perGroup[i] == 0) {
        findings.add(new QaFinding.NoHouseholds(group.id(), areas[i]));
      }
      CapacityState state = rules.assess(group.members());
      int needed = rules.groupsAdvisedFor(perGroup[i]);
      groupCoverages.add(new GroupCoverage(group.id(), group.name(), perGroup[i], sharedPerGroup[i], group.members(),
          group.admins().size(), state, needed, areas[i].getArea(), violations(group, perGroup[i], rules),
          streets.groupStreets(i), inspector.neighbours(i)));
    }
    findings.sort(QaOrder.FINDINGS);

    return new CoverageReport(dataset.name(), rules, settings, dataset.households().size(), households.size(),
        assignment.covered(), assignment.coveredByOne(), assignment.coveredByMultiple(), groupCoverages,
        streets.streetCoverages(), uncovered, shared, clusters, wholeNeighbourhoods == null
        ? neighbourhoods(dataset.neighbourhoods(), households, assignment)
        : NeighbourhoodCounter.count(dataset.neighbourhoods(), wholeNeighbourhoods, households, assignment),
        inspector.overlaps(), findings, map, households);
  }

  private static void tell(Consumer<String> progress, String format, int count) {
    if (progress != SILENT) {
      progress.accept(String.format(Locale.ROOT, format, count));
    }
  }

  /** The households' assignment on the part, looked up with the whole map's index. */
  private static Assignment partAssignment(CoverageMap whole, CoverageMap part, List<Household> households) {
    int[] ordinals = new int[whole.size()];
    java.util.Arrays.fill(ordinals, CoverageIndex.NONE);
    for (int o = 0; o < part.size(); o++) {
      ordinals[whole.ordinalOf(part.group(o).id())] = o;
    }
    try {
      return whole.index().assign(households).onto(ordinals, part.size());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the part's groups do not hold every group covering its households: "
          + e.getMessage(), e);
    }
  }

  static List<RuleViolation> violations(Group group, int households, GroupRules rules) {
    List<RuleViolation> out = new ArrayList<>();
    int admins = group.admins().size();
    if (admins < rules.minAdmins()) {
      out.add(violation(RuleViolation.Kind.NO_ADMIN, group, admins, rules.minAdmins(), null, rules));
    }
    if (admins > rules.maxAdmins()) {
      out.add(violation(RuleViolation.Kind.TOO_MANY_ADMINS, group, admins, rules.maxAdmins(), null, rules));
    }
    if (rules.oneMemberPerHousehold() && group.members() > households) {
      out.add(violation(RuleViolation.Kind.MORE_MEMBERS_THAN_HOUSEHOLDS, group, group.members(), households, null,
          rules));
    }
    for (int a = 0; a < admins; a++) {
      Contact c = group.admins().get(a);
      if (!c.isPublic()) {
        out.add(violation(RuleViolation.Kind.ADMIN_CONTACT_NOT_PUBLIC, group, a + 1, admins, c.consent(), rules));
      }
    }
    return out;
  }

  private static RuleViolation violation(RuleViolation.Kind kind, Group group, int observed, int limit,
      Consent consent, GroupRules rules) {
    return new RuleViolation(kind, group.id(), observed, limit, java.util.Optional.ofNullable(consent), rules.name(),
        rules.adminTitle());
  }

  private static List<NeighbourhoodCoverage> neighbourhoods(List<Neighbourhood> neighbourhoods,
      List<Household> households, Assignment groupAssignment) {
    if (neighbourhoods.isEmpty()) {
      return List.of();
    }
    Map<String, Neighbourhood> byCode = new LinkedHashMap<>();
    for (Neighbourhood n : neighbourhoods) {
      if (byCode.put(n.code(), n) != null) {
        throw new IllegalArgumentException("two neighbourhoods have code '" + n.code() + "'");
      }
    }
    CoverageIndex index = CoverageIndex.of(List.copyOf(byCode.keySet()),
        byCode.values().stream().map(Neighbourhood::area).toList());
    Assignment inside = index.assign(households);
    int[] counted = new int[index.size()];
    int[] covered = new int[index.size()];
    for (int i = 0; i < households.size(); i++) {
      boolean isCovered = groupAssignment.coveringCount(i) > 0;
      for (int o : inside.groupsOf(i)) {
        counted[o]++;
        if (isCovered) {
          covered[o]++;
        }
      }
    }
    List<NeighbourhoodCoverage> out = new ArrayList<>(index.size());
    for (int o = 0; o < index.size(); o++) {
      Neighbourhood n = byCode.get(index.id(o));
      out.add(new NeighbourhoodCoverage(n.code(), n.name(), counted[o], covered[o], n.reportedHouseholds(), n.area()));
    }
    return out;
  }

  @Override
  public String toString() {
    return "CoverageAnalysis[" + settings + "]";
  }
}
