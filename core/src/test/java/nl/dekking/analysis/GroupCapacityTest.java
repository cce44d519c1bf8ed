package nl.dekking.analysis;

import static nl.dekking.analysis.Fixtures.box;
import static nl.dekking.analysis.Fixtures.household;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.dekking.model.Consent;
import nl.dekking.model.Contact;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.rules.CapacityState;
import nl.dekking.rules.GroupRules;
import org.junit.jupiter.api.Test;

/** Capacity states and rule violations of one group over a 10 x 10 grid of households, 10 m apart. */
class GroupCapacityTest {

  private static final Contact PUBLIC = new Contact("Anna", "anna@example.nl", "", Consent.PUBLIC);
  private static final Contact PRIVATE = new Contact("Bram", "bram@example.nl", "", Consent.MUNICIPALITY_ONLY);

  /** n households in a row inside the box [0, 1000] x [0, 100]. */
  private static List<Household> households(int n) {
    List<Household> hs = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      hs.add(household("Dorpsstraat", i, 5 + (i - 1) * 5, 50));
    }
    return hs;
  }

  private static GroupCoverage analyse(int households, int members, List<Contact> admins, GroupRules rules) {
    Group g = new Group("g", "Groep", box(0, 0, 1000, 100), members, admins, Map.of());
    return CoverageAnalysis.withDefaults().analyse(Dataset.of("t", households(households), List.of(g)), rules)
        .groups().get(0);
  }

  @Test
  void analyse_withinSoftCap_isOkWithoutViolations() {
    GroupCoverage g = analyse(40, 30, List.of(PUBLIC), GroupRules.heerenveen());
    assertThat(g.capacityState()).isEqualTo(CapacityState.OK);
    assertThat(g.groupsNeeded()).isEqualTo(1);
    assertThat(g.violations()).isEmpty();
  }

  @Test
  void analyse_membersWithinTolerance_isNearCapacity() {
    assertThat(analyse(45, 43, List.of(PUBLIC), GroupRules.heerenveen()).capacityState())
        .isEqualTo(CapacityState.NEAR_CAPACITY);
  }

  @Test
  void analyse_areaWith112Households_withinRulesWithAdviceToSplitIntoThree() {
    GroupCoverage g = analyse(112, 30, List.of(PUBLIC), GroupRules.heerenveen());
    assertThat(g.households()).isEqualTo(112);
    assertThat(g.capacityState()).isEqualTo(CapacityState.OK);
    assertThat(g.violations()).isEmpty();
    assertThat(g.needsSplit()).isTrue();
    assertThat(g.groupsNeeded()).isEqualTo(3);
  }

  @Test
  void analyse_harlingenLargeArea_needsNoSplit() {
    GroupCoverage g = analyse(112, 30, List.of(PUBLIC), GroupRules.harlingen());
    assertThat(g.capacityState()).isEqualTo(CapacityState.OK);
    assertThat(g.groupsNeeded()).isEqualTo(1);
  }

  @Test
  void analyse_noAdmin_isViolation() {
    assertThat(analyse(10, 5, List.of(), GroupRules.heerenveen()).violations()).extracting(RuleViolation::kind)
        .containsExactly(RuleViolation.Kind.NO_ADMIN);
  }

  @Test
  void analyse_twoAdminsUnderHeerenveen_isTooManyButFineUnderHarlingen() {
    assertThat(analyse(10, 5, List.of(PUBLIC, PUBLIC), GroupRules.heerenveen()).violations())
        .extracting(RuleViolation::kind).containsExactly(RuleViolation.Kind.TOO_MANY_ADMINS);
    assertThat(analyse(10, 5, List.of(PUBLIC, PUBLIC), GroupRules.harlingen()).violations()).isEmpty();
  }

  @Test
  void analyse_moreMembersThanHouseholds_isViolationAndOverCapacityOnlyWithOnePerHousehold() {
    GroupCoverage g = analyse(20, 46, List.of(PUBLIC), GroupRules.heerenveen());
    assertThat(g.capacityState()).isEqualTo(CapacityState.OVER_CAPACITY);
    assertThat(g.violations()).extracting(RuleViolation::kind)
        .containsExactly(RuleViolation.Kind.MORE_MEMBERS_THAN_HOUSEHOLDS);
    assertThat(g.violations().get(0).message()).contains("46 members").contains("20 households");
    assertThat(analyse(20, 46, List.of(PUBLIC), GroupRules.harlingen()).violations()).isEmpty();
  }

  @Test
  void analyse_adminWithoutPublicConsent_isReportedWithoutTheName() {
    List<RuleViolation> v = analyse(10, 5, List.of(PUBLIC, PRIVATE), GroupRules.harlingen()).violations();
    assertThat(v).extracting(RuleViolation::kind).containsExactly(RuleViolation.Kind.ADMIN_CONTACT_NOT_PUBLIC);
    assertThat(v.get(0).message()).contains("coordinator 2 of 2").contains("MUNICIPALITY_ONLY").doesNotContain("Bram");
    assertThat(v.get(0).message(Language.NL)).contains("coördinator 2 van 2").contains("alleen gemeente")
        .doesNotContain("Bram");
  }

  @Test
  void violations_dutch_inTheRulesWordsWithTheNumbers() {
    RuleViolation none = analyse(10, 5, List.of(), GroupRules.harlingen()).violations().get(0);
    assertThat(none.message(Language.NL)).isEqualTo("groep g heeft 0 coördinatoren; Harlingen vraagt er minstens 1");
    assertThat(none.message(Language.EN)).isEqualTo("group g has 0 coordinators; Harlingen asks for at least 1");
    RuleViolation more = analyse(20, 46, List.of(PUBLIC), GroupRules.heerenveen()).violations().get(0);
    assertThat(more.message(Language.NL))
        .isEqualTo("groep g heeft 46 leden, maar in het gebied wonen 20 huishoudens (één lid per huishouden)");
  }
}
