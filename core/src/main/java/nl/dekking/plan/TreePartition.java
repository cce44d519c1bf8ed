package nl.dekking.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The fewest connected parts of at most {@code cap} households along a minimum spanning tree of a
 * {@link SpotGraph} (growth costs as weights): Kundu and Misra's bottom-up greedy (1977), which at each node cuts
 * off its heaviest child subtrees until what remains fits, and is optimal for the tree. The fallback when region
 * growing cannot meet the cap: it always can, since every spot holds fewer than {@code cap} households. O(m log n)
 * for the tree (Prim) plus O(n log n) for the cuts. Stateless.
 */
final class TreePartition {

  private TreePartition() {
  }

  /** The part of each spot of a connected graph whose spots hold fewer than {@code cap} households each. */
  static int[] partition(SpotGraph g, int cap) {
    int n = g.size();
    int[] parent = new int[n];
    int[] order = new int[n];
    Arrays.fill(parent, -2);
    double[] key = new double[n];
    Arrays.fill(key, Double.POSITIVE_INFINITY);
    PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
    boolean[] inTree = new boolean[n];
    key[0] = 0;
    parent[0] = -1;
    queue.add(new double[] {0, 0, -1});
    int count = 0;
    while (!queue.isEmpty()) {
      double[] top = queue.poll();
      int v = (int) top[1];
      if (inTree[v]) {
        continue;
      }
      inTree[v] = true;
      parent[v] = (int) top[2];
      order[count++] = v;
      for (int e = g.start[v]; e < g.start[v + 1]; e++) {
        int u = g.adjacent[e];
        if (g.touching[e] && !inTree[u] && g.cost[e] < key[u]) {
          key[u] = g.cost[e];
          queue.add(new double[] {g.cost[e], u, v});
        }
      }
    }
    List<List<Integer>> children = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>());
    }
    for (int i = 1; i < count; i++) {
      children.get(parent[order[i]]).add(order[i]);
    }
    int[] rest = new int[n];
    boolean[] cutAbove = new boolean[n];
    for (int i = count - 1; i >= 0; i--) {
      int v = order[i];
      int total = g.weight[v];
      List<Integer> kids = children.get(v);
      for (int c : kids) {
        total += rest[c];
      }
      if (total > cap) {
        List<Integer> heaviest = new ArrayList<>(kids);
        heaviest.sort((a, b) -> Integer.compare(rest[b], rest[a]));
        for (int c : heaviest) {
          if (total <= cap) {
            break;
          }
          cutAbove[c] = true;
          total -= rest[c];
        }
      }
      rest[v] = total;
    }
    int[] part = new int[n];
    int parts = 0;
    for (int i = 0; i < count; i++) {
      int v = order[i];
      part[v] = parent[v] < 0 || cutAbove[v] ? parts++ : part[parent[v]];
    }
    return part;
  }
}
