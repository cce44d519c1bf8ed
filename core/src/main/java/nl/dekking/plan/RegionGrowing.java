package nl.dekking.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Partitions a {@link SpotGraph} into connected parts of at most {@code cap} households, as few as possible and
 * balanced: capacity-constrained region growing followed by local search.
 *
 * <ol>
 *   <li>A spot holding {@code cap} households or more is a part of its own (a flat is never split). The rest is
 *       split per connected component C of weight W into k = ⌈W / cap⌉ parts.
 *   <li><b>Seeds</b> far apart: farthest-point sampling (the spot farthest from the centroid, then repeatedly the
 *       spot farthest from every seed so far), O(k·n).
 *   <li><b>Growth</b>: a multi-source Dijkstra over the growth costs, in which a part stops taking spots at
 *       ⌈W / k⌉ households (balance); a second round lets parts take the rest up to {@code cap}. Every part is a
 *       shortest-path tree from its seed, so it is connected; along one street the cost is halved, so a street
 *       stays in the part that reaches it first. O(m log m) for m links.
 *   <li><b>Local search</b>: boundary moves (a spot goes to a neighbouring part) that lower
 *       1000·overflow + 0.2·Σ(load − W/k)² + the cut weight between parts, and keep the part it leaves connected
 *       (checked by a search within that part, O(cap)); passes until none improves, at most 25. Overflow left by
 *       growth drains towards lighter parts through the balance term. Each pass is O(m·cap).
 *   <li>When parts still exceed the cap, the steps run again with k + 1, up to k + max(2, k/4); if even that fails,
 *       the component is cut optimally along its minimum spanning tree (Kundu and Misra's bottom-up greedy, the
 *       fewest connected parts of at most {@code cap} along that tree), which always succeeds.
 * </ol>
 *
 * <p>Total O(r·(m log m + passes·m·cap)) for r ≤ k/4 + 3 rounds; in practice one round. Stateless.
 */
final class RegionGrowing {

  private static final double OVERFLOW = 1000;
  private static final double BALANCE = 0.2;
  private static final int MAX_PASSES = 25;

  private RegionGrowing() {
  }

  /** The part of each spot, parts numbered from 0. */
  static int[] partition(SpotGraph g, int cap) {
    int n = g.size();
    int[] part = new int[n];
    Arrays.fill(part, -1);
    int parts = 0;
    for (int s = 0; s < n; s++) {
      if (g.weight[s] >= cap) {
        part[s] = parts++;
      }
    }
    boolean[] seen = new boolean[n];
    for (int s = 0; s < n; s++) {
      if (part[s] >= 0 || seen[s]) {
        continue;
      }
      int[] component = component(g, s, part, seen);
      SpotGraph sub = g.subgraph(component);
      int[] local = partitionConnected(sub, cap);
      int max = 0;
      for (int i = 0; i < component.length; i++) {
        part[component[i]] = parts + local[i];
        max = Math.max(max, local[i]);
      }
      parts += max + 1;
    }
    return part;
  }

  private static int[] component(SpotGraph g, int s, int[] part, boolean[] seen) {
    List<Integer> members = new ArrayList<>();
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    seen[s] = true;
    queue.add(s);
    while (!queue.isEmpty()) {
      int v = queue.poll();
      members.add(v);
      for (int e = g.start[v]; e < g.start[v + 1]; e++) {
        int u = g.adjacent[e];
        if (g.touching[e] && !seen[u] && part[u] < 0) {
          seen[u] = true;
          queue.add(u);
        }
      }
    }
    return members.stream().mapToInt(Integer::intValue).sorted().toArray();
  }

  /** A connected graph whose spots each hold fewer than {@code cap} households. */
  static int[] partitionConnected(SpotGraph g, int cap) {
    int n = g.size();
    int k0 = (g.totalWeight + cap - 1) / cap;
    if (k0 <= 1) {
      return new int[n];
    }
    int maxK = Math.min(n, k0 + Math.max(2, k0 / 4));
    for (int k = k0; k <= maxK; k++) {
      int[] part = grow(g, k, cap);
      improve(g, part, k, cap);
      if (maxLoad(g, part, k) <= cap) {
        return renumber(part);
      }
    }
    return TreePartition.partition(g, cap);
  }

  static int maxLoad(SpotGraph g, int[] part, int k) {
    int[] load = new int[k];
    int max = 0;
    for (int v = 0; v < g.size(); v++) {
      load[part[v]] += g.weight[v];
      max = Math.max(max, load[part[v]]);
    }
    return max;
  }

  private record Step(double distance, int spot, int part) implements Comparable<Step> {
    @Override
    public int compareTo(Step o) {
      int c = Double.compare(distance, o.distance);
      return c != 0 ? c : Integer.compare(spot, o.spot);
    }
  }

  static int[] seeds(SpotGraph g, int k) {
    int n = g.size();
    double cx = 0;
    double cy = 0;
    for (int v = 0; v < n; v++) {
      cx += g.x[v];
      cy += g.y[v];
    }
    cx /= n;
    cy /= n;
    int first = 0;
    double far = -1;
    for (int v = 0; v < n; v++) {
      double d = Math.hypot(g.x[v] - cx, g.y[v] - cy);
      if (d > far) {
        far = d;
        first = v;
      }
    }
    int[] seeds = new int[k];
    double[] nearest = new double[n];
    Arrays.fill(nearest, Double.POSITIVE_INFINITY);
    seeds[0] = first;
    for (int i = 1; i <= k; i++) {
      int last = seeds[i - 1];
      int next = -1;
      double best = -1;
      for (int v = 0; v < n; v++) {
        nearest[v] = Math.min(nearest[v], Math.hypot(g.x[v] - g.x[last], g.y[v] - g.y[last]));
        if (nearest[v] > best) {
          best = nearest[v];
          next = v;
        }
      }
      if (i < k) {
        seeds[i] = next;
      }
    }
    return seeds;
  }

  static int[] grow(SpotGraph g, int k, int cap) {
    int n = g.size();
    int[] part = new int[n];
    Arrays.fill(part, -1);
    double[] distance = new double[n];
    int[] load = new int[k];
    int[] seeds = seeds(g, k);
    for (int p = 0; p < k; p++) {
      part[seeds[p]] = p;
      load[p] = g.weight[seeds[p]];
    }
    int balanced = Math.min(cap, (g.totalWeight + k - 1) / k);
    run(g, part, distance, load, balanced);
    run(g, part, distance, load, cap);
    // what no part could take (enclosed by full parts) goes to its lightest neighbouring part, over the cap;
    // the local search then drains the overflow
    for (int v = 0; v < n; v++) {
      if (part[v] < 0) {
        absorb(g, v, part, load);
      }
    }
    return part;
  }

  private static void run(SpotGraph g, int[] part, double[] distance, int[] load, int limit) {
    PriorityQueue<Step> queue = new PriorityQueue<>();
    for (int v = 0; v < g.size(); v++) {
      if (part[v] >= 0) {
        push(g, v, part, distance, queue);
      }
    }
    while (!queue.isEmpty()) {
      Step step = queue.poll();
      int v = step.spot();
      if (part[v] >= 0 || load[step.part()] + g.weight[v] > limit) {
        continue;
      }
      part[v] = step.part();
      distance[v] = step.distance();
      load[step.part()] += g.weight[v];
      push(g, v, part, distance, queue);
    }
  }

  private static void push(SpotGraph g, int v, int[] part, double[] distance, PriorityQueue<Step> queue) {
    for (int e = g.start[v]; e < g.start[v + 1]; e++) {
      int u = g.adjacent[e];
      if (g.touching[e] && part[u] < 0) {
        queue.add(new Step(distance[v] + g.cost[e], u, part[v]));
      }
    }
  }

  /** Gives the unassigned component around {@code v} to its lightest neighbouring part. */
  private static void absorb(SpotGraph g, int v, int[] part, int[] load) {
    List<Integer> members = new ArrayList<>();
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    boolean[] inside = new boolean[g.size()];
    inside[v] = true;
    queue.add(v);
    int target = -1;
    while (!queue.isEmpty()) {
      int s = queue.poll();
      members.add(s);
      for (int e = g.start[s]; e < g.start[s + 1]; e++) {
        int u = g.adjacent[e];
        if (!g.touching[e]) {
          continue;
        }
        if (part[u] >= 0) {
          if (target < 0 || load[part[u]] < load[target]) {
            target = part[u];
          }
        } else if (!inside[u]) {
          inside[u] = true;
          queue.add(u);
        }
      }
    }
    for (int s : members) {
      part[s] = target;
      load[target] += g.weight[s];
    }
  }

  /** Boundary moves while they lower overflow, imbalance and cut weight; see the class comment. */
  static void improve(SpotGraph g, int[] part, int k, int cap) {
    int n = g.size();
    int[] load = new int[k];
    int[] size = new int[k];
    for (int v = 0; v < n; v++) {
      load[part[v]] += g.weight[v];
      size[part[v]]++;
    }
    double target = (double) g.totalWeight / k;
    int[] stamp = new int[n];
    int[] stack = new int[n];
    int[] mark = {0};
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      boolean moved = false;
      for (int v = 0; v < n; v++) {
        int p = part[v];
        if (size[p] == 1) {
          continue;
        }
        int bestPart = -1;
        double bestDelta = -1e-9;
        for (int e = g.start[v]; e < g.start[v + 1]; e++) {
          int q = part[g.adjacent[e]];
          if (!g.touching[e] || q == p || q == bestPart) {
            continue;
          }
          double delta = cost(load[p] - g.weight[v], cap, target) + cost(load[q] + g.weight[v], cap, target)
              - cost(load[p], cap, target) - cost(load[q], cap, target);
          for (int f = g.start[v]; f < g.start[v + 1]; f++) {
            int r = part[g.adjacent[f]];
            if (r == p) {
              delta += g.cut[f];
            } else if (r == q) {
              delta -= g.cut[f];
            }
          }
          if (delta < bestDelta) {
            bestDelta = delta;
            bestPart = q;
          }
        }
        if (bestPart >= 0 && staysConnected(g, part, v, size[p] - 1, stamp, stack, mark)) {
          part[v] = bestPart;
          load[p] -= g.weight[v];
          size[p]--;
          load[bestPart] += g.weight[v];
          size[bestPart]++;
          moved = true;
        }
      }
      if (!moved) {
        return;
      }
    }
  }

  private static double cost(int load, int cap, double target) {
    double d = load - target;
    return OVERFLOW * Math.max(0, load - cap) + BALANCE * d * d;
  }

  /** Whether v's part, without v, is still connected: a depth-first search within the part, O(part size). */
  private static boolean staysConnected(SpotGraph g, int[] part, int v, int remaining, int[] stamp, int[] stack,
      int[] mark) {
    int p = part[v];
    int from = -1;
    int inPart = 0;
    for (int e = g.start[v]; e < g.start[v + 1]; e++) {
      if (g.touching[e] && part[g.adjacent[e]] == p && g.adjacent[e] != from) {
        from = from < 0 ? g.adjacent[e] : from;
        inPart++;
      }
    }
    if (from < 0) {
      return false;
    }
    if (inPart == 1) {
      return true; // a leaf of its part: the rest hangs together without it
    }
    int m = ++mark[0];
    stamp[v] = m;
    stamp[from] = m;
    int top = 0;
    stack[top++] = from;
    int reached = 1;
    while (top > 0) {
      int s = stack[--top];
      for (int e = g.start[s]; e < g.start[s + 1]; e++) {
        int u = g.adjacent[e];
        if (g.touching[e] && part[u] == p && stamp[u] != m) {
          stamp[u] = m;
          reached++;
          stack[top++] = u;
        }
      }
    }
    return reached == remaining;
  }

  /** Parts numbered 0.. in order of first appearance, empty parts dropped. */
  static int[] renumber(int[] part) {
    int max = Arrays.stream(part).max().orElse(-1);
    int[] map = new int[max + 1];
    Arrays.fill(map, -1);
    int next = 0;
    int[] out = new int[part.length];
    for (int v = 0; v < part.length; v++) {
      if (map[part[v]] < 0) {
        map[part[v]] = next++;
      }
      out[v] = map[part[v]];
    }
    return out;
  }
}
