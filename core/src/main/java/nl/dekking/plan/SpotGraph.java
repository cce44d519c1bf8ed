package nl.dekking.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.dekking.model.Household;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.triangulate.DelaunayTriangulationBuilder;

/**
 * The households of one area as a weighted graph of <em>spots</em>: addresses at the same coordinates (a block of
 * flats) form one spot, which is never split, weighted by its households. Two spots are adjacent when they share
 * a Delaunay edge (their Voronoi cells touch), which is what makes a part connected; components the triangulation
 * leaves apart (collinear spots) are joined by their shortest link. Consecutive house numbers of one street are
 * linked too, but only to weigh cuts: such a link does not make a part connected.
 *
 * <p>Every edge has a <em>growth cost</em> (its length, halved along one street, tripled when longer than three
 * times the median edge or 100 m, quadrupled when its middle lies outside the area: a link across a field or
 * another group's area is a poor reason to put two spots together; 0.3 between consecutive house numbers) and a
 * <em>cut weight</em> (what it costs to put its ends in different parts: 4 between consecutive house numbers, 3
 * along one street, 1 across streets, the last two scaled down with length), which the
 * local search minimises. Building is O(n log n) for n spots (the triangulation). Not thread-safe; immutable once
 * built.
 */
final class SpotGraph {

  /** The longest link between consecutive house numbers of one street, m. */
  static final double RUN_LINK_M = 150;

  final GeometryFactory factory;
  final double[] x;
  final double[] y;
  final int[] weight;
  final String[] street;
  final List<List<Household>> households;
  final int[] start;
  final int[] adjacent;
  final double[] cost;
  final double[] cut;
  /** Whether a link joins neighbours (a Delaunay edge, whose Voronoi cells touch), not only house numbers. */
  final boolean[] touching;
  final int totalWeight;
  /** The spots' Voronoi cells (unclipped), when the graph was built for an area; else null. */
  Geometry[] cells;

  private SpotGraph(GeometryFactory factory, double[] x, double[] y, int[] weight, String[] street,
      List<List<Household>> households, int[] start, int[] adjacent, double[] cost, double[] cut, boolean[] touching) {
    this.factory = factory;
    this.x = x;
    this.y = y;
    this.weight = weight;
    this.street = street;
    this.households = households;
    this.start = start;
    this.adjacent = adjacent;
    this.cost = cost;
    this.cut = cut;
    this.touching = touching;
    this.totalWeight = Arrays.stream(weight).sum();
  }

  /** The graph of these households; {@code area} (or null) marks links whose middle lies outside it. */
  static SpotGraph of(List<Household> list, Geometry area, GeometryFactory factory) {
    return of(list, area, factory, 0);
  }

  /**
   * The graph of these households in this area (or null): Delaunay neighbours whose Voronoi cells do not touch
   * inside the area are linked but do not count as touching, unless that would leave a component of fewer than
   * {@code smallComponent} households on its own.
   */
  static SpotGraph of(List<Household> list, Geometry area, GeometryFactory factory, int smallComponent) {
    Map<Coordinate, List<Household>> bySpot = new LinkedHashMap<>();
    for (Household h : list) {
      bySpot.computeIfAbsent(new Coordinate(h.x(), h.y()), c -> new ArrayList<>(1)).add(h);
    }
    int n = bySpot.size();
    double[] x = new double[n];
    double[] y = new double[n];
    int[] weight = new int[n];
    String[] street = new String[n];
    List<List<Household>> households = new ArrayList<>(n);
    Map<Coordinate, Integer> index = new HashMap<>();
    int i = 0;
    for (Map.Entry<Coordinate, List<Household>> e : bySpot.entrySet()) {
      x[i] = e.getKey().x;
      y[i] = e.getKey().y;
      weight[i] = e.getValue().size();
      street[i] = streetKey(e.getValue().get(0));
      households.add(List.copyOf(e.getValue()));
      index.put(e.getKey(), i);
      i++;
    }
    List<int[]> edges = delaunayEdges(bySpot.keySet(), index, factory);
    edges = connected(n, x, y, edges);
    Geometry[] cells = area != null && n > 2 ? markApart(edges, x, y, weight, area, factory, smallComponent) : null;
    edges.addAll(streetRuns(households, x, y));
    SpotGraph graph = build(factory, x, y, weight, street, households, edges, area);
    graph.cells = cells;
    return graph;
  }

  static String streetKey(Household h) {
    return h.address().street().toLowerCase(Locale.ROOT) + '\n' + h.address().place().toLowerCase(Locale.ROOT);
  }

  int size() {
    return x.length;
  }

  /** The graph restricted to these spots (ascending), in their order; links between them only. */
  SpotGraph subgraph(int[] members) {
    int m = members.length;
    int[] local = new int[size()];
    Arrays.fill(local, -1);
    for (int i = 0; i < m; i++) {
      local[members[i]] = i;
    }
    double[] sx = new double[m];
    double[] sy = new double[m];
    int[] sw = new int[m];
    String[] ss = new String[m];
    List<List<Household>> sh = new ArrayList<>(m);
    int[] sStart = new int[m + 1];
    int count = 0;
    for (int i = 0; i < m; i++) {
      int s = members[i];
      sx[i] = x[s];
      sy[i] = y[s];
      sw[i] = weight[s];
      ss[i] = street[s];
      sh.add(households.get(s));
      for (int e = start[s]; e < start[s + 1]; e++) {
        if (local[adjacent[e]] >= 0) {
          count++;
        }
      }
      sStart[i + 1] = count;
    }
    int[] sAdj = new int[count];
    double[] sCost = new double[count];
    double[] sCut = new double[count];
    boolean[] sTouching = new boolean[count];
    int k = 0;
    for (int i = 0; i < m; i++) {
      int s = members[i];
      for (int e = start[s]; e < start[s + 1]; e++) {
        int t = local[adjacent[e]];
        if (t >= 0) {
          sAdj[k] = t;
          sCost[k] = cost[e];
          sCut[k] = cut[e];
          sTouching[k] = touching[e];
          k++;
        }
      }
    }
    return new SpotGraph(factory, sx, sy, sw, ss, sh, sStart, sAdj, sCost, sCut, sTouching);
  }

  /**
   * Marks the Delaunay edges whose Voronoi cells share no border inside the area (the shared edge lies outside a
   * bend or beyond the boundary): {@code {a, b, 2}}. Putting such spots in one part would scatter its area. Cells
   * inside the area touch all their Delaunay neighbours, so only edges of cells the boundary crosses are tested.
   * Then every component (over touching edges) of fewer than {@code small} households gets its edges back, so no
   * tiny part is forced. O(n log n) for the diagram; the shared border of a boundary edge is sampled at five points
   * with an indexed point-in-area locator.
   */
  private static Geometry[] markApart(List<int[]> edges, double[] x, double[] y, int[] weight, Geometry area,
      GeometryFactory factory, int small) {
    int n = x.length;
    Geometry[] cell = PartAreas.cells(x, y, area, factory);
    if (cell == null) {
      return null;
    }
    PreparedGeometry prepared = PreparedGeometryFactory.prepare(area);
    org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator locator =
        new org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator(area);
    boolean[] inside = new boolean[n];
    for (int i = 0; i < n; i++) {
      inside[i] = cell[i] != null && prepared.containsProperly(cell[i]);
    }
    for (int e = 0; e < edges.size(); e++) {
      int a = edges.get(e)[0];
      int b = edges.get(e)[1];
      if (inside[a] || inside[b] || cell[a] == null || cell[b] == null) {
        continue;
      }
      Coordinate[] ofA = cell[a].getCoordinates();
      Coordinate[] ofB = cell[b].getCoordinates();
      Coordinate from = null;
      Coordinate to = null;
      for (int i = 0; i < ofA.length - 1 && to == null; i++) {
        for (int j = 0; j < ofB.length - 1; j++) {
          if (ofA[i].equals2D(ofB[j]) && (from == null || !from.equals2D(ofA[i]))) {
            if (from == null) {
              from = ofA[i];
            } else {
              to = ofA[i];
            }
            break;
          }
        }
      }
      if (to == null) {
        continue; // not Voronoi neighbours after all (a joining link): leave it touching
      }
      // the shared border touches the inside of the area: sampled at five points along it
      boolean touches = false;
      for (int k = 1; k <= 5 && !touches; k++) {
        double t = k / 6.0;
        touches = locator.locate(new Coordinate(from.x + t * (to.x - from.x), from.y + t * (to.y - from.y)))
            == org.locationtech.jts.geom.Location.INTERIOR;
      }
      if (!touches) {
        edges.set(e, new int[] {a, b, 2});
      }
    }
    // give small components their links back
    int[] component = new int[n];
    Arrays.fill(component, -1);
    List<int[]> touching = new ArrayList<>();
    for (int[] edge : edges) {
      if (edge.length == 2) {
        touching.add(edge);
      }
    }
    component = components(n, touching);
    int count = Arrays.stream(component).max().orElse(0) + 1;
    if (count == 1) {
      return cell;
    }
    int[] load = new int[count];
    for (int i = 0; i < n; i++) {
      load[component[i]] += weight[i];
    }
    for (int e = 0; e < edges.size(); e++) {
      int[] edge = edges.get(e);
      if (edge.length == 3 && (load[component[edge[0]]] < small || load[component[edge[1]]] < small)) {
        edges.set(e, new int[] {edge[0], edge[1]});
      }
    }
    return cell;
  }

  /**
   * Links between the spots of one street in house-number order (1, 2, 3, ...: across the street and along it),
   * up to {@value #RUN_LINK_M} m long: cutting one of these splits a street out of number order.
   */
  private static List<int[]> streetRuns(List<List<Household>> households, double[] x, double[] y) {
    Map<String, List<int[]>> byStreet = new HashMap<>();
    for (int s = 0; s < households.size(); s++) {
      for (Household h : households.get(s)) {
        byStreet.computeIfAbsent(streetKey(h), k -> new ArrayList<>()).add(new int[] {h.address().houseNumber(), s});
      }
    }
    List<int[]> links = new ArrayList<>();
    for (List<int[]> street : byStreet.values()) {
      street.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
      for (int i = 1; i < street.size(); i++) {
        int a = street.get(i - 1)[1];
        int b = street.get(i)[1];
        if (a != b && Math.hypot(x[a] - x[b], y[a] - y[b]) <= RUN_LINK_M) {
          links.add(new int[] {a, b, 1});
        }
      }
    }
    return links;
  }

  private static List<int[]> delaunayEdges(java.util.Collection<Coordinate> sites, Map<Coordinate, Integer> index,
      GeometryFactory factory) {
    List<int[]> edges = new ArrayList<>();
    if (sites.size() < 2) {
      return edges;
    }
    if (sites.size() == 2) {
      edges.add(new int[] {0, 1});
      return edges;
    }
    DelaunayTriangulationBuilder builder = new DelaunayTriangulationBuilder();
    builder.setSites(sites);
    Geometry lines;
    try {
      lines = builder.getEdges(factory);
    } catch (RuntimeException degenerate) {
      return edges; // collinear or coincident sites: joined below by shortest links
    }
    for (int g = 0; g < lines.getNumGeometries(); g++) {
      Coordinate[] c = lines.getGeometryN(g).getCoordinates();
      Integer a = index.get(new Coordinate(c[0].x, c[0].y));
      Integer b = index.get(new Coordinate(c[c.length - 1].x, c[c.length - 1].y));
      if (a != null && b != null && !a.equals(b)) {
        edges.add(new int[] {a, b});
      }
    }
    return edges;
  }

  /** Joins the components of these edges by their shortest links until the graph is connected. */
  private static List<int[]> connected(int n, double[] x, double[] y, List<int[]> edges) {
    while (true) {
      int[] component = components(n, edges);
      int count = Arrays.stream(component).max().orElse(0) + 1;
      if (count <= 1) {
        return edges;
      }
      // the shortest link from component 0 to any other: O(n^2) but only for degenerate layouts
      double best = Double.POSITIVE_INFINITY;
      int[] link = null;
      for (int a = 0; a < n; a++) {
        if (component[a] != 0) {
          continue;
        }
        for (int b = 0; b < n; b++) {
          if (component[b] != 0) {
            double d = Math.hypot(x[a] - x[b], y[a] - y[b]);
            if (d < best) {
              best = d;
              link = new int[] {a, b};
            }
          }
        }
      }
      edges.add(link);
    }
  }

  private static int[] components(int n, List<int[]> edges) {
    List<List<Integer>> adj = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      adj.add(new ArrayList<>());
    }
    for (int[] e : edges) {
      adj.get(e[0]).add(e[1]);
      adj.get(e[1]).add(e[0]);
    }
    int[] component = new int[n];
    Arrays.fill(component, -1);
    int c = 0;
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int s = 0; s < n; s++) {
      if (component[s] >= 0) {
        continue;
      }
      component[s] = c;
      queue.add(s);
      while (!queue.isEmpty()) {
        int v = queue.poll();
        for (int u : adj.get(v)) {
          if (component[u] < 0) {
            component[u] = c;
            queue.add(u);
          }
        }
      }
      c++;
    }
    return component;
  }

  private static SpotGraph build(GeometryFactory factory, double[] x, double[] y, int[] weight, String[] street,
      List<List<Household>> households, List<int[]> edges, Geometry area) {
    int n = x.length;
    double[] length = new double[edges.size()];
    for (int e = 0; e < edges.size(); e++) {
      int[] ab = edges.get(e);
      length[e] = Math.hypot(x[ab[0]] - x[ab[1]], y[ab[0]] - y[ab[1]]);
    }
    double[] sorted = java.util.stream.IntStream.range(0, edges.size()).filter(e -> edges.get(e).length == 2
            || edges.get(e)[2] == 2)
        .mapToDouble(e -> length[e]).toArray();
    Arrays.sort(sorted);
    double median = sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    double longEdge = Math.max(100, 3 * median);
    PreparedGeometry prepared = area == null ? null : PreparedGeometryFactory.prepare(area);
    int[] degree = new int[n];
    for (int[] ab : edges) {
      degree[ab[0]]++;
      degree[ab[1]]++;
    }
    int[] start = new int[n + 1];
    for (int i = 0; i < n; i++) {
      start[i + 1] = start[i] + degree[i];
    }
    int[] fill = Arrays.copyOf(start, n);
    int[] adjacent = new int[start[n]];
    double[] cost = new double[start[n]];
    double[] cut = new double[start[n]];
    boolean[] touching = new boolean[start[n]];
    for (int e = 0; e < edges.size(); e++) {
      int a = edges.get(e)[0];
      int b = edges.get(e)[1];
      boolean run = edges.get(e).length > 2 && edges.get(e)[2] == 1;
      boolean apart = edges.get(e).length > 2 && edges.get(e)[2] == 2;
      boolean sameStreet = run || street[a].equals(street[b]);
      double len = length[e];
      double c = len * (run ? 0.3 : sameStreet ? 0.5 : 1.0) * (len > longEdge ? 3.0 : 1.0) * (apart ? 4.0 : 1.0);
      if (prepared != null && len > 1 && !prepared.covers(
          factory.createPoint(new Coordinate((x[a] + x[b]) / 2, (y[a] + y[b]) / 2)))) {
        c *= 4;
      }
      double w = run ? 4.0 : (sameStreet ? 3.0 : 1.0) * 50 / (50 + len);
      touching[fill[a]] = !run && !apart;
      touching[fill[b]] = !run && !apart;
      adjacent[fill[a]] = b;
      cost[fill[a]] = c;
      cut[fill[a]++] = w;
      adjacent[fill[b]] = a;
      cost[fill[b]] = c;
      cut[fill[b]++] = w;
    }
    return new SpotGraph(factory, x, y, weight, street, households, start, adjacent, cost, cut, touching);
  }
}
