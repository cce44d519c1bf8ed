package nl.dekking.postgis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import nl.dekking.analysis.CoverageAnalysis;
import nl.dekking.analysis.QaFinding;
import nl.dekking.io.geojson.GeoJsonReader;
import nl.dekking.model.Audience;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.rules.GroupRules;
import nl.dekking.store.InMemoryCoverageStore;
import nl.dekking.store.SaveResult;
import org.junit.jupiter.api.Test;

/**
 * The README's PostGIS example on the real BAG addresses of Otterlo and Wekerom (2,481 points, 3 repeated address
 * keys): both stores save them, count each repeated address once and report the same duplicates as the analysis.
 */
class OtterloSaveTest {

  @Test
  void save_realOtterloAddressesWithThreeDuplicates_countsThemOnceAndReportsThemAsTheAnalysis() throws IOException {
    List<Household> addresses = allOtterloAddresses();
    Household centre = addresses.get(0);
    Group noord = BulkImportTest.square("otterlo-noord", centre.x() - 400.5, centre.y() - 400.5, 800);
    Dataset dataset = Dataset.of("Otterlo en Wekerom", addresses, List.of(noord));
    List<QaFinding> analysed = CoverageAnalysis.withDefaults().analyse(dataset, GroupRules.heerenveen())
        .findings(QaFinding.Kind.DUPLICATE_ADDRESS);

    try (PostgisCoverageStore store = TestDatabase.get().store("dekking_otterlo");
        InMemoryCoverageStore memory = new InMemoryCoverageStore()) {
      SaveResult saved = store.save("GM0228", dataset);

      assertThat(addresses).hasSize(2_481);
      assertThat(saved.duplicateAddresses()).hasSize(3).containsExactlyInAnyOrderElementsOf(
          analysed.stream().map(f -> (QaFinding.DuplicateAddress) f).toList());
      assertThat(saved.households()).isEqualTo(2_478);
      assertThat(memory.save("GM0228", dataset)).isEqualTo(saved);
      assertThat(store.load("GM0228").orElseThrow().households()).hasSize(2_478)
          .isEqualTo(memory.load("GM0228").orElseThrow().households());
      // the rest of the README example
      List<Household> members = store.householdsCoveredBy("GM0228", "otterlo-noord");
      assertThat(members).isNotEmpty().isEqualTo(memory.householdsCoveredBy("GM0228", "otterlo-noord"));
      Household first = members.get(0);
      assertThat(store.groupsCovering("GM0228", first.x(), first.y())).extracting(Group::id)
          .containsExactly("otterlo-noord");
      assertThat(store.export("GM0228", Audience.PUBLIC)).isPresent();
    }
  }

  private static List<Household> allOtterloAddresses() throws IOException {
    String name = "addresses-otterlo-wekerom-wgs84.geojson";
    try (InputStream in = OtterloSaveTest.class.getResourceAsStream("/otterlo/" + name)) {
      return GeoJsonReader.readHouseholds(in, name);
    }
  }
}
