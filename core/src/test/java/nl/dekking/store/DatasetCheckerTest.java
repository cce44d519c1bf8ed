package nl.dekking.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.dekking.analysis.CoverageAnalysis;
import nl.dekking.analysis.QaFinding;
import nl.dekking.model.Address;
import nl.dekking.model.Dataset;
import nl.dekking.model.Household;
import nl.dekking.rules.GroupRules;
import org.junit.jupiter.api.Test;

/** What every store accepts, checked once for all of them. */
class DatasetCheckerTest {

  @Test
  void check_manyRandomDuplicates_keepsExactlyTheHouseholdsTheAnalysisCounts() {
    Random random = new Random(7);
    List<Household> households = new ArrayList<>();
    String[] letters = {"", "a", "A", "b"};
    String[] places = {"Otterlo", "otterlo", "Wekerom"};
    for (int i = 0; i < 2_000; i++) {
      Address a = new Address(random.nextBoolean() ? "Dorpsstraat" : "dorpsstraat", 1 + random.nextInt(40),
          letters[random.nextInt(letters.length)], "", "6731AA", places[random.nextInt(places.length)]);
      households.add(new Household("h" + i, a, 180_000 + random.nextInt(100), 450_000 + random.nextInt(100)));
    }
    Dataset dataset = Dataset.of("Willekeurig", households, List.of());

    DatasetChecker.Checked checked = DatasetChecker.check("GM0228", dataset);

    List<QaFinding> analysed = CoverageAnalysis.withDefaults().analyse(dataset, GroupRules.heerenveen())
        .findings(QaFinding.Kind.DUPLICATE_ADDRESS);
    assertThat(checked.result().duplicateAddresses()).containsExactlyInAnyOrderElementsOf(
        analysed.stream().map(f -> (QaFinding.DuplicateAddress) f).toList());
    assertThat(checked.dataset().households()).hasSize(checked.result().households())
        .hasSize(households.size() - checked.result().droppedHouseholds())
        .extracting(h -> h.address().key()).doesNotHaveDuplicates();
    assertThat(checked.dataset().households()).isSubsetOf(households);
  }

  @Test
  void check_noDuplicates_returnsTheSameDataset() {
    Dataset dataset = Dataset.of("Schoon", List.of(new Household("h", new Address("Dorpsstraat", 1, "", "", "6731AA",
        "Otterlo"), 180_000, 450_000)), List.of());

    assertThat(DatasetChecker.check("GM0228", dataset).dataset()).isSameAs(dataset);
  }

  @Test
  void requireMunicipality_plainCodes_areStrippedAndAccepted() {
    assertThat(DatasetChecker.requireMunicipality(" GM0228 ")).isEqualTo("GM0228");
    assertThat(DatasetChecker.requireMunicipality("gm-test_1")).isEqualTo("gm-test_1");
  }

  @Test
  void requireMunicipality_controlCharacters_areShownEscapedInTheMessage() {
    assertThatThrownBy(() -> DatasetChecker.requireMunicipality("GM\u001B[31m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'GM\\u001B[31m'")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u001B"));
  }

  @Test
  void isStorable_surrogatePairYesLoneSurrogateOrNulNo() {
    assertThat(DatasetChecker.isStorable("huis \uD83C\uDFE0")).isTrue();
    assertThat(DatasetChecker.isStorable("huis \uD83C")).isFalse();
    assertThat(DatasetChecker.isStorable("\uDFE0 huis")).isFalse();
    assertThat(DatasetChecker.isStorable("huis\u0000")).isFalse();
  }
}
