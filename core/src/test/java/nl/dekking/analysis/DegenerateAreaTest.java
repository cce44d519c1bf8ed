package nl.dekking.analysis;

import static nl.dekking.analysis.Fixtures.box;
import static nl.dekking.analysis.Fixtures.group;
import static nl.dekking.analysis.Fixtures.household;
import static nl.dekking.analysis.Fixtures.wkt;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.dekking.model.Dataset;
import nl.dekking.rules.GroupRules;
import org.junit.jupiter.api.Test;

class DegenerateAreaTest {

  @Test
  void analyse_areaThatRepairsToNothing_isReportedAndCoversNothing() {
    Dataset d = Dataset.of("flat", List.of(household("Dorpsstraat", 1, 5, 0), household("Dorpsstraat", 3, 50, 50)),
        List.of(group("flat", wkt("POLYGON ((0 0, 10 0, 20 0, 0 0))")), group("ok", box(40, 40, 60, 60))));
    CoverageReport r = CoverageAnalysis.withDefaults().analyse(d, GroupRules.heerenveen());
    assertThat(r.group("flat").orElseThrow().households()).isZero();
    assertThat(r.group("flat").orElseThrow().areaM2()).isZero();
    assertThat(r.findings(QaFinding.Kind.REPAIRED_AREA)).extracting(f -> f.groupIds().get(0)).containsExactly("flat");
    assertThat(r.findings(QaFinding.Kind.NO_HOUSEHOLDS)).extracting(f -> f.groupIds().get(0)).containsExactly("flat");
    assertThat(r.covered()).isEqualTo(1);
  }
}
