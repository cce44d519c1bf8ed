package nl.dekking.plan;

import java.util.Random;

/**
 * The naive split the planner is compared with: k = ⌈W / cap⌉ centres by weighted k-means (k-means++ seeding
 * with a fixed seed, then at most 50 Lloyd iterations), every spot to its nearest centre; the parts' areas are the
 * centres' Voronoi cells clipped to the area. It ignores the cap and streets. O(iterations·k·n). Stateless.
 */
final class KMeansSplit {

  private KMeansSplit() {
  }

  /** The centres, as {@code [x0, y0, x1, y1, ...]}. */
  static double[] centres(SpotGraph g, int cap) {
    int n = g.size();
    int k = Math.max(1, Math.min(n, (g.totalWeight + cap - 1) / cap));
    Random random = new Random(15);
    double[] c = new double[2 * k];
    int first = random.nextInt(n);
    c[0] = g.x[first];
    c[1] = g.y[first];
    double[] d2 = new double[n];
    java.util.Arrays.fill(d2, Double.POSITIVE_INFINITY);
    for (int j = 1; j < k; j++) {
      double sum = 0;
      for (int v = 0; v < n; v++) {
        double dx = g.x[v] - c[2 * j - 2];
        double dy = g.y[v] - c[2 * j - 1];
        d2[v] = Math.min(d2[v], dx * dx + dy * dy);
        sum += d2[v] * g.weight[v];
      }
      double r = random.nextDouble() * sum;
      int pick = n - 1;
      for (int v = 0; v < n; v++) {
        r -= d2[v] * g.weight[v];
        if (r <= 0) {
          pick = v;
          break;
        }
      }
      c[2 * j] = g.x[pick];
      c[2 * j + 1] = g.y[pick];
    }
    int[] part = new int[n];
    for (int iteration = 0; iteration < 50; iteration++) {
      boolean changed = assign(g, c, part) || iteration == 0;
      double[] sx = new double[k];
      double[] sy = new double[k];
      double[] sw = new double[k];
      for (int v = 0; v < n; v++) {
        sx[part[v]] += g.x[v] * g.weight[v];
        sy[part[v]] += g.y[v] * g.weight[v];
        sw[part[v]] += g.weight[v];
      }
      for (int j = 0; j < k; j++) {
        if (sw[j] > 0) {
          c[2 * j] = sx[j] / sw[j];
          c[2 * j + 1] = sy[j] / sw[j];
        }
      }
      if (!changed) {
        break;
      }
    }
    return c;
  }

  /** Every spot to its nearest centre; whether any spot changed. */
  static boolean assign(SpotGraph g, double[] c, int[] part) {
    boolean changed = false;
    for (int v = 0; v < g.size(); v++) {
      int best = 0;
      double bestD = Double.POSITIVE_INFINITY;
      for (int j = 0; j < c.length / 2; j++) {
        double dx = g.x[v] - c[2 * j];
        double dy = g.y[v] - c[2 * j + 1];
        double d = dx * dx + dy * dy;
        if (d < bestD) {
          bestD = d;
          best = j;
        }
      }
      if (part[v] != best) {
        part[v] = best;
        changed = true;
      }
    }
    return changed;
  }
}
