package nl.dekking.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.dekking.crs.RdNew;
import nl.dekking.index.CoverageMap;
import nl.dekking.model.Address;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.rules.GroupRules;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class MemberCheckerTest {

  private static final Household IN_1 = new Household("1", Address.of("Voorstraat", 1, "8861AA", "Harlingen"), 160_010, 575_010);
  private static final Household IN_3 = new Household("3", new Address("Voorstraat", 3, "a", "", "8861AA", "Harlingen"), 160_020, 575_010);
  private static final Household OUT_5 = new Household("5", Address.of("Voorstraat", 5, "8861AA", "Harlingen"), 160_200, 575_010);
  private static final List<Household> HOUSEHOLDS = List.of(IN_1, IN_3, OUT_5);
  private static final Group A = new Group("A", "Voorstraat", RdNew.GEOMETRY_FACTORY.toGeometry(new Envelope(160_000, 160_100, 575_000, 575_100)),
      40, List.of(), java.util.Map.of());
  private static final Group B = Group.of("B", "elders", RdNew.GEOMETRY_FACTORY.toGeometry(new Envelope(161_000, 161_100, 575_000, 575_100)));
  private static final List<Member> MEMBERS = MemberList.parse(List.of(
      "groep;postcode;huisnummer;huisletter;toevoeging",
      "A;8861AA;1",
      "A;8861 aa;1",
      "A;8861AA;3;A",
      "A;8861AA;5",
      "A;8861AA;99",
      "Z;8861AA;1"), "leden.csv");

  @Test
  void check_harlingen_memberOutsideTheAreaIsAViolation() {
    MemberCheck check = MemberChecker.check(CoverageMap.of(List.of(A, B)), HOUSEHOLDS, MEMBERS, GroupRules.harlingen());

    assertThat(check.groups()).singleElement().satisfies(g -> {
      assertThat(g.id()).isEqualTo("A");
      assertThat(g.declared()).isEqualTo(40);
      assertThat(g.counted()).isEqualTo(5);
      assertThat(g.outsideArea()).isEqualTo(1);
      assertThat(g.secondInHousehold()).isEqualTo(1);
      assertThat(g.unknownAddress()).isEqualTo(1);
      assertThat(g.violations()).isEqualTo(GroupRules.harlingen().oneMemberPerHousehold() ? 2 : 1);
    });
    assertThat(check.unknownGroups()).containsExactly("Z");
    assertThat(check.unlisted()).containsExactly("B");
  }

  @Test
  void check_heerenveen_secondMemberInAHouseholdIsAViolation() {
    MemberCheck check = MemberChecker.check(CoverageMap.of(List.of(A, B)), HOUSEHOLDS, MEMBERS, GroupRules.heerenveen());

    assertThat(check.findings()).filteredOn(f -> f.problem() == MemberCheck.Problem.SECOND_IN_HOUSEHOLD).singleElement()
        .satisfies(f -> {
          assertThat(f.violation()).isEqualTo(GroupRules.heerenveen().oneMemberPerHousehold());
          assertThat(f.member().line()).isEqualTo(3);
        });
    assertThat(check.findings()).filteredOn(f -> f.problem() == MemberCheck.Problem.OUTSIDE_AREA).singleElement()
        .satisfies(f -> assertThat(f.violation()).isEqualTo(GroupRules.heerenveen().residentsOnly()));
  }

  @Test
  void applyTo_countedMembersReplaceTheDeclaredCountOfListedGroupsOnly() {
    MemberCheck check = MemberChecker.check(CoverageMap.of(List.of(A, B.withMembers(7))), HOUSEHOLDS, MEMBERS, GroupRules.harlingen());

    Dataset applied = check.applyTo(Dataset.of("Harlingen", HOUSEHOLDS, List.of(A, B.withMembers(7))));

    assertThat(applied.groups()).extracting(Group::members).containsExactly(5, 7);
  }

  @Test
  void totals_sumTheGroupsAndCountMembersOfUnknownGroupsApart() {
    MemberCheck check = MemberChecker.check(CoverageMap.of(List.of(A, B)), HOUSEHOLDS, MEMBERS, GroupRules.harlingen());

    assertThat(check.totals()).isEqualTo(new MemberCheck.Totals(5, 1, 1, 1,
        GroupRules.harlingen().oneMemberPerHousehold() ? 2 : 1, 1));
  }

  @Test
  void bytes_listEveryOffendingMemberWithWhatIsWrong() {
    MemberCheck check = MemberChecker.check(CoverageMap.of(List.of(A, B)), HOUSEHOLDS, MEMBERS, GroupRules.harlingen());

    String csv = new String(MemberCsv.bytes(check), StandardCharsets.UTF_8);

    assertThat(csv.lines().skip(1)).containsExactly(
        "A;8861AA;1;;;tweede lid in huishouden;" + (GroupRules.harlingen().oneMemberPerHousehold() ? "ja" : "nee"),
        "A;8861AA;5;;;buiten het gebied;ja",
        "A;8861AA;99;;;onbekend adres;nee",
        "Z;8861AA;1;;;onbekende groep;nee");
  }

  @Test
  void parse_badPostcode_namesTheLine() {
    assertThatThrownBy(() -> MemberList.parse(List.of("A;88;1"), "leden.csv")).hasMessageContaining("leden.csv, line 1: postcode");
  }
}
