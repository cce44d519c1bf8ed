package nl.dekking.plan;

import static org.assertj.core.api.Assertions.assertThat;

import nl.dekking.analysis.CoverageReport;
import nl.dekking.model.Dataset;
import nl.dekking.rules.GroupRules;
import org.junit.jupiter.api.Test;

class PlannerTest {

  @Test
  void plan_diagnostics() {
    for (Dataset d : new Dataset[] {PlanFixtures.sample(), PlanFixtures.grid(400)}) {
      CoverageReport r = PlanFixtures.analyse(d);
      for (PlanSettings.Method m : PlanSettings.Method.values()) {
        long t = System.nanoTime();
        Plan p = Planner.plan(d, r, PlanSettings.of(GroupRules.heerenveen()).withMethod(m));
        System.out.println(d.name() + " " + m + " " + (System.nanoTime() - t) / 1e6 + " ms " + p.quality()
            + " uncovered " + p.uncovered() + " planned " + p.uncoveredPlanned() + " gaps " + r.gapClusters().size());
      }
    }
    assertThat(true).isTrue();
  }
}
