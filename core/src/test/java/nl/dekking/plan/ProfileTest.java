package nl.dekking.plan;

import java.util.ArrayList;
import java.util.List;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.model.Dataset;
import nl.dekking.model.Household;
import nl.dekking.rules.GroupRules;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.GeometryFactory;

class ProfileTest {
  @Test
  void profile() {
    Dataset d = PlanFixtures.grid(400);
    CoverageReport r = PlanFixtures.analyse(d);
    for (int rep = 0; rep < 3; rep++) {
      long t0 = System.nanoTime();
      Plan p = Planner.plan(d, r, PlanSettings.of(GroupRules.heerenveen()));
      long t1 = System.nanoTime();
      long graph = 0, part = 0, tile = 0;
      int edgesMissing = 0;
      GeometryFactory f = new GeometryFactory();
      for (Proposal pr : p.splits()) {
        long a = System.nanoTime();
        SpotGraph g = SpotGraph.of(pr.households(), pr.area(), f);
        long b = System.nanoTime();
        int[] parts = RegionGrowing.partition(g, 40);
        long c = System.nanoTime();
        PartAreas.tile(g.x, g.y, parts, java.util.Arrays.stream(parts).max().getAsInt() + 1, pr.area(), f);
        long e = System.nanoTime();
        graph += b - a; part += c - b; tile += e - c;
        edgesMissing += g.adjacent.length / 2 < 2 * g.size() - 10 ? 1 : 0;
      }
      System.out.println("plan " + (t1 - t0) / 1e6 + " graph " + graph / 1e6 + " part " + part / 1e6 + " tile " + tile / 1e6 + " sparse " + edgesMissing);
    }
  }
}
