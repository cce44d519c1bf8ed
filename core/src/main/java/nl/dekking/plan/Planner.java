package nl.dekking.plan;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.analysis.GapCluster;
import nl.dekking.index.CoverageIndex;
import nl.dekking.index.CoverageMap;
import nl.dekking.model.Address;
import nl.dekking.model.Dataset;
import nl.dekking.model.Household;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.index.quadtree.Quadtree;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Proposes how to split every oversized group and where new groups should start, street by street.
 *
 * <p>A group is oversized when its analysed area holds more households than {@link PlanSettings#householdsPerGroup()}
 * ({@code cap}). Its households are split into connected parts of at most {@code cap} households, as few as
 * possible, balanced, following streets (see {@link RegionGrowing}); each part's area is the union of its
 * households' Voronoi cells clipped to the group's area, so the parts tile the old area. A gap cluster of at least
 * {@link PlanSettings#minimumGapHouseholds()} households gets new groups the same way, over its outline minus
 * every group's area (and minus the new groups already proposed), so a new group takes in no household that has
 * a group and overlaps no group.
 *
 * <p>Cost: for h households, O(h·log h) for the graphs and diagrams plus the local search, O(h·cap) per pass; the
 * Heerenveen-sized benchmark ({@code PlanBenchmark}) gives the figures. Thread-safe and stateless.
 */
public final class Planner {

  private static final Comparator<Household> ADDRESS_ORDER = Comparator
      .comparing((Household h) -> h.address().place().toLowerCase(Locale.ROOT))
      .thenComparing(h -> h.address().street().toLowerCase(Locale.ROOT))
      .thenComparingInt(h -> h.address().houseNumber())
      .thenComparing(h -> h.address().letter().toLowerCase(Locale.ROOT))
      .thenComparing(h -> h.address().suffix().toLowerCase(Locale.ROOT))
      .thenComparing(Household::id);

  private Planner() {
  }

  /** The plan for a dataset and its report, computed on the report's analysed map. */
  public static Plan plan(Dataset dataset, CoverageReport report, PlanSettings settings) {
    requireNonNull(dataset, "dataset");
    requireNonNull(report, "report");
    requireNonNull(settings, "settings");
    CoverageMap map = report.map();
    GeometryFactory factory = new GeometryFactory(new PrecisionModel(), 28992);
    List<Household> households = distinct(dataset.households());
    Map<String, Integer> streetTotals = new HashMap<>();
    for (Household h : households) {
      streetTotals.merge(SpotGraph.streetKey(h), 1, Integer::sum);
    }
    List<List<Household>> perGroup = new ArrayList<>(map.size());
    for (int o = 0; o < map.size(); o++) {
      perGroup.add(new ArrayList<>());
    }
    CoverageIndex index = map.index();
    for (Household h : households) {
      index.forEachCovering(h.x(), h.y(), o -> perGroup.get(o).add(h));
    }
    int cap = settings.householdsPerGroup();
    List<Proposal> splits = new ArrayList<>();
    for (int o = 0; o < map.size(); o++) {
      List<Household> inside = perGroup.get(o);
      if (inside.size() > cap) {
        String id = map.group(o).id();
        splits.add(propose(ProposedGroup.Kind.SPLIT, id, map.group(o).name(), map.area(o), inside, settings,
            streetTotals, factory));
      }
    }
    List<Proposal> fresh = new ArrayList<>();
    List<GapCluster> clusters = report.gapClusters().stream()
        .filter(c -> c.householdCount() >= settings.minimumGapHouseholds()).toList();
    Quadtree taken = new Quadtree();
    for (int o = 0; o < map.size(); o++) {
      Geometry a = map.area(o);
      taken.insert(a.getEnvelopeInternal(), a);
    }
    for (GapCluster c : clusters) {
      // the outline without every group's area and every new group proposed so far: only those it meets
      Geometry outline = c.outline();
      List<Geometry> near = new ArrayList<>();
      for (Object hit : taken.query(outline.getEnvelopeInternal())) {
        if (((Geometry) hit).intersects(outline)) {
          near.add((Geometry) hit);
        }
      }
      Geometry area = near.isEmpty() ? outline : PartAreas.polygonal(
          OverlayNGRobust.overlay(outline, UnaryUnionOp.union(near, factory), OverlayNG.DIFFERENCE), factory);
      if (area.isEmpty()) {
        continue;
      }
      Proposal proposal = propose(ProposedGroup.Kind.NEW, c.id(), c.id(), area, c.households(), settings,
          streetTotals, factory);
      fresh.add(proposal);
      taken.insert(area.getEnvelopeInternal(), area);
    }
    return new Plan(settings, splits, fresh, report.uncovered());
  }

  /** Households with distinct address keys: the first of each in address order, as the analysis counts them. */
  static List<Household> distinct(List<Household> all) {
    List<Household> sorted = new ArrayList<>(all);
    sorted.sort(ADDRESS_ORDER);
    Map<Address.Key, Household> byKey = new LinkedHashMap<>();
    for (Household h : sorted) {
      byKey.putIfAbsent(h.address().key(), h);
    }
    return List.copyOf(byKey.values());
  }

  /** The proposal for one area and its households. */
  static Proposal propose(ProposedGroup.Kind kind, String parent, String name, Geometry area,
      List<Household> households, PlanSettings settings, Map<String, Integer> streetTotals, GeometryFactory factory) {
    List<Household> sorted = new ArrayList<>(households);
    sorted.sort(ADDRESS_ORDER);
    int cap = settings.householdsPerGroup();
    SpotGraph graph = SpotGraph.of(sorted, area, factory, Math.max(1, cap / 2));
    int[] partOfSpot;
    Geometry[] areas;
    if (settings.method() == PlanSettings.Method.REGION_GROWING) {
      partOfSpot = RegionGrowing.partition(graph, cap);
      int parts = java.util.Arrays.stream(partOfSpot).max().orElse(0) + 1;
      areas = graph.cells == null ? PartAreas.tile(graph.x, graph.y, partOfSpot, parts, area, factory)
          : PartAreas.tile(graph.cells, graph.x, graph.y, partOfSpot, parts, area, factory);
    } else {
      double[] c = KMeansSplit.centres(graph, cap);
      partOfSpot = new int[graph.size()];
      KMeansSplit.assign(graph, c, partOfSpot);
      int k = c.length / 2;
      double[] cx = new double[k];
      double[] cy = new double[k];
      int[] identity = new int[k];
      for (int j = 0; j < k; j++) {
        cx[j] = c[2 * j];
        cy[j] = c[2 * j + 1];
        identity[j] = j;
      }
      areas = PartAreas.tile(cx, cy, identity, k, area, factory);
    }
    int parts = areas.length;
    List<List<Household>> members = new ArrayList<>(parts);
    for (int p = 0; p < parts; p++) {
      members.add(new ArrayList<>());
    }
    for (int s = 0; s < graph.size(); s++) {
      members.get(partOfSpot[s]).addAll(graph.households.get(s));
    }
    List<Integer> order = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      if (!members.get(p).isEmpty()) {
        members.get(p).sort(ADDRESS_ORDER);
        order.add(p);
      }
    }
    order.sort(Comparator.comparing(p -> members.get(p).get(0), ADDRESS_ORDER));
    List<ProposedGroup> groups = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      int p = order.get(i);
      String id = order.size() == 1 ? parent + "-A"
          : order.size() <= 26 ? parent + "-" + (char) ('A' + i) : parent + "-" + (i + 1);
      groups.add(new ProposedGroup(id, kind, parent, areas[p], members.get(p), streets(members.get(p), streetTotals)));
    }
    return new Proposal(kind, parent, name, area, sorted, groups);
  }

  private static List<ProposedStreet> streets(List<Household> households, Map<String, Integer> streetTotals) {
    Map<String, List<Household>> byStreet = new LinkedHashMap<>();
    for (Household h : households) {
      byStreet.computeIfAbsent(SpotGraph.streetKey(h), k -> new ArrayList<>()).add(h);
    }
    List<ProposedStreet> out = new ArrayList<>();
    for (Map.Entry<String, List<Household>> e : byStreet.entrySet()) {
      Household first = e.getValue().get(0);
      boolean whole = e.getValue().size() >= streetTotals.getOrDefault(e.getKey(), Integer.MAX_VALUE);
      out.add(new ProposedStreet(first.address().street(), first.address().place(), e.getValue(), whole));
    }
    out.sort(Comparator.comparingInt((ProposedStreet s) -> -s.households().size())
        .thenComparing(s -> s.place().toLowerCase(Locale.ROOT))
        .thenComparing(s -> s.name().toLowerCase(Locale.ROOT)));
    return out;
  }
}
