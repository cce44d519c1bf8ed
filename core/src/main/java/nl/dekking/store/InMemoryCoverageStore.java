package nl.dekking.store;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import nl.dekking.index.Assignment;
import nl.dekking.index.CoverageIndex;
import nl.dekking.index.CoverageMap;
import nl.dekking.model.Audience;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The embedded {@link CoverageStore}: every municipality's map in memory, gone when the JVM exits.
 *
 * <p>Each municipality is an immutable snapshot (dataset, versioned groups and a {@link CoverageIndex} over
 * them) that writes replace copy-on-write under one lock; reads take the current snapshot without locking, so
 * they always see a whole save or a whole group write. A group write costs O(g log g) to rebuild the index over
 * g groups; spatial queries cost what the index costs. Versions come from one counter, so they only grow.
 *
 * <p>Thread-safe.
 */
public final class InMemoryCoverageStore implements CoverageStore {

  private final Map<String, Snapshot> municipalities = new ConcurrentHashMap<>();
  private final Object writeLock = new Object();
  private long lastVersion;

  /** An empty store. */
  public InMemoryCoverageStore() {
  }

  @Override
  public SaveResult save(String municipality, Dataset dataset) {
    String code = DatasetChecker.requireMunicipality(municipality);
    DatasetChecker.Checked checked = DatasetChecker.check(code, dataset);
    synchronized (writeLock) {
      TreeMap<String, VersionedGroup> groups = new TreeMap<>();
      for (Group g : checked.dataset().groups()) {
        groups.put(g.id(), new VersionedGroup(g, ++lastVersion));
      }
      municipalities.put(code, new Snapshot(checked.dataset().withGroups(List.of()), groups));
    }
    return checked.result();
  }

  @Override
  public Optional<Dataset> load(String municipality) {
    return snapshot(municipality).map(s -> s.dataset.withGroups(s.index.groups()));
  }

  @Override
  public Optional<Dataset> export(String municipality, Audience audience) {
    requireNonNull(audience, "audience");
    return snapshot(municipality).map(s -> {
      List<Group> shown = new ArrayList<>(s.index.size());
      for (Group g : s.index.groups()) {
        shown.add(g.withAdmins(g.admins().stream().filter(c -> audience.mayInclude(c.consent())).toList()));
      }
      return s.dataset.withGroups(shown);
    });
  }

  @Override
  public Optional<VersionedGroup> group(String municipality, String groupId) {
    requireNonNull(groupId, "groupId");
    return snapshot(municipality).map(s -> s.groups.get(groupId.strip()));
  }

  @Override
  public List<VersionedGroup> groups(String municipality) {
    return snapshot(municipality).map(s -> List.copyOf(s.groups.values())).orElse(List.of());
  }

  @Override
  public VersionedGroup put(String municipality, Group group, long expectedVersion) {
    String code = DatasetChecker.requireMunicipality(municipality);
    DatasetChecker.requireStorable(code, group);
    synchronized (writeLock) {
      Snapshot s = requireSaved(code);
      long actual = versionOf(s, group.id());
      if (actual != expectedVersion) {
        throw new ConcurrentUpdateException(code, group.id(), expectedVersion, actual);
      }
      TreeMap<String, VersionedGroup> groups = new TreeMap<>(s.groups);
      VersionedGroup stored = new VersionedGroup(group, ++lastVersion);
      groups.put(group.id(), stored);
      municipalities.put(code, new Snapshot(s.dataset, groups));
      return stored;
    }
  }

  @Override
  public void delete(String municipality, String groupId, long expectedVersion) {
    String code = DatasetChecker.requireMunicipality(municipality);
    requireNonNull(groupId, "groupId");
    String id = groupId.strip();
    synchronized (writeLock) {
      Snapshot s = municipalities.get(code);
      long actual = s == null ? NEW : versionOf(s, id);
      if (actual == NEW || actual != expectedVersion) {
        throw new ConcurrentUpdateException(code, id, expectedVersion, actual);
      }
      TreeMap<String, VersionedGroup> groups = new TreeMap<>(s.groups);
      groups.remove(id);
      municipalities.put(code, new Snapshot(s.dataset, groups));
    }
  }

  @Override
  public List<Household> householdsIn(String municipality, Geometry area) {
    requireNonNull(area, "area");
    if (!(area instanceof Polygon || area instanceof MultiPolygon)) {
      throw new IllegalArgumentException("area must be a Polygon or MultiPolygon, was " + area.getGeometryType());
    }
    DatasetChecker.requireRdNew(area, "area");
    Optional<Snapshot> s = snapshot(municipality);
    if (s.isEmpty()) {
      return List.of();
    }
    IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(CoverageMap.analysedArea(area));
    Coordinate p = new Coordinate();
    List<Household> result = new ArrayList<>();
    for (Household h : s.get().dataset.households()) {
      p.x = h.x();
      p.y = h.y();
      if (locator.locate(p) != Location.EXTERIOR) {
        result.add(h);
      }
    }
    return result;
  }

  @Override
  public List<Household> householdsCoveredBy(String municipality, String groupId) {
    requireNonNull(groupId, "groupId");
    String code = DatasetChecker.requireMunicipality(municipality);
    Snapshot s = municipalities.get(code);
    if (s == null || !s.groups.containsKey(groupId.strip())) {
      throw new IllegalArgumentException("municipality " + code + " has no group with id '" + groupId + "'");
    }
    int ordinal = s.index.ordinalOf(groupId.strip());
    int[] out = new int[s.index.size()];
    List<Household> result = new ArrayList<>();
    for (Household h : s.dataset.households()) {
      int n = s.index.index().locateAll(h.x(), h.y(), out);
      for (int i = 0; i < n; i++) {
        if (out[i] == ordinal) {
          result.add(h);
          break;
        }
      }
    }
    return result;
  }

  @Override
  public List<Group> groupsCovering(String municipality, double x, double y) {
    return snapshot(municipality).map(s -> s.index.covering(x, y)).orElse(List.of());
  }

  @Override
  public CoverageCounts householdCounts(String municipality) {
    Optional<Snapshot> found = snapshot(municipality);
    if (found.isEmpty()) {
      return CoverageCounts.empty();
    }
    Snapshot s = found.get();
    Assignment a = s.index.index().assign(s.dataset.households());
    int[] shared = new int[s.index.size()];
    for (int i = 0; i < a.size(); i++) {
      if (a.coveringCount(i) > 1) {
        for (int o : a.groupsOf(i)) {
          shared[o]++;
        }
      }
    }
    TreeMap<String, CoverageCounts.GroupCount> groups = new TreeMap<>();
    for (int o = 0; o < s.index.size(); o++) {
      groups.put(s.index.group(o).id(), new CoverageCounts.GroupCount(a.householdsOf(o), shared[o]));
    }
    return new CoverageCounts(a.size(), a.uncovered(), a.coveredByOne(), a.coveredByMultiple(), groups);
  }

  @Override
  public long forEachUncoveredHousehold(String municipality, Consumer<? super Household> action) {
    requireNonNull(action, "action");
    Optional<Snapshot> found = snapshot(municipality);
    if (found.isEmpty()) {
      return 0;
    }
    CoverageIndex index = found.get().index.index();
    long n = 0;
    for (Household h : found.get().dataset.households()) {
      if (index.locate(h.x(), h.y()) == CoverageIndex.NONE) {
        action.accept(h);
        n++;
      }
    }
    return n;
  }

  /**
   * Pairs whose envelopes meet (an STRtree of the areas), compared with JTS {@code relate} for shared interior and
   * {@link OverlayNGRobust} for the shared area, as the analysis does; shared households from the index.
   */
  @Override
  public List<GroupOverlap> overlaps(String municipality) {
    Optional<Snapshot> found = snapshot(municipality);
    if (found.isEmpty()) {
      return List.of();
    }
    CoverageMap map = found.get().index;
    int g = map.size();
    Map<Long, Integer> sharedHouseholds = new TreeMap<>();
    Assignment a = map.index().assign(found.get().dataset.households());
    for (int i = 0; i < a.size(); i++) {
      if (a.coveringCount(i) > 1) {
        int[] os = a.groupsOf(i);
        for (int x = 0; x < os.length; x++) {
          for (int y = x + 1; y < os.length; y++) {
            sharedHouseholds.merge(((long) os[x] << 32) | os[y], 1, Integer::sum);
          }
        }
      }
    }
    Geometry[] areas = new Geometry[g];
    STRtree tree = new STRtree();
    for (int o = 0; o < g; o++) {
      areas[o] = map.area(o);
      if (!areas[o].isEmpty()) {
        tree.insert(areas[o].getEnvelopeInternal(), o);
      }
    }
    List<GroupOverlap> result = new ArrayList<>();
    for (int x = 0; x < g; x++) {
      if (areas[x].isEmpty()) {
        continue;
      }
      @SuppressWarnings("unchecked")
      List<Integer> candidates = tree.query(areas[x].getEnvelopeInternal());
      candidates.sort(null);
      for (int y : candidates) {
        if (y <= x) {
          continue;
        }
        int both = sharedHouseholds.getOrDefault(((long) x << 32) | y, 0);
        if (both > 0 || areas[x].relate(areas[y], "T********")) {
          double area = OverlayNGRobust.overlay(areas[x], areas[y], OverlayNG.INTERSECTION).getArea();
          result.add(new GroupOverlap(map.group(x).id(), map.group(y).id(), area, both));
        }
      }
    }
    return result;
  }

  /** Nothing to release; the maps stay readable. */
  @Override
  public void close() {
    // an in-memory store holds no resources beyond the heap
  }

  @Override
  public String toString() {
    return "InMemoryCoverageStore[" + municipalities.size() + " municipalities]";
  }

  private Optional<Snapshot> snapshot(String municipality) {
    return Optional.ofNullable(municipalities.get(DatasetChecker.requireMunicipality(municipality)));
  }

  private Snapshot requireSaved(String code) {
    Snapshot s = municipalities.get(code);
    if (s == null) {
      throw new IllegalStateException("municipality " + code + " has no saved dataset; save one before writing groups");
    }
    return s;
  }

  private static long versionOf(Snapshot s, String id) {
    VersionedGroup g = s.groups.get(id);
    return g == null ? NEW : g.version();
  }

  /** One municipality's state; never changed after construction. */
  private static final class Snapshot {
    final Dataset dataset;
    final TreeMap<String, VersionedGroup> groups;
    final CoverageMap index;

    Snapshot(Dataset datasetWithoutGroups, TreeMap<String, VersionedGroup> groups) {
      this.dataset = datasetWithoutGroups;
      this.groups = groups;
      this.index = CoverageMap.of(groups.values().stream().map(VersionedGroup::group).toList());
    }
  }
}
