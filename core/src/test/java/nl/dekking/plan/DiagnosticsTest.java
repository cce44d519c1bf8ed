package nl.dekking.plan;

import nl.dekking.analysis.CoverageReport;
import nl.dekking.model.Dataset;
import nl.dekking.rules.GroupRules;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {
  @Test
  void print() {
    for (Dataset d : new Dataset[] {PlanFixtures.sample(), PlanFixtures.grid(400)}) {
      CoverageReport r = PlanFixtures.analyse(d);
      for (PlanSettings.Method m : PlanSettings.Method.values()) {
        Plan p = Planner.plan(d, r, PlanSettings.of(GroupRules.heerenveen()).withMethod(m));
        System.out.println(d.name() + " " + m + " " + p.quality() + " " + p);
      }
    }
  }
}
