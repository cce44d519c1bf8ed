package nl.dekking.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupRulesTest {

  @Test
  void heerenveen_notMuchLargerThan40_isNearCapacityUpTo45() {
    GroupRules r = GroupRules.heerenveen();
    assertThat(r.assess(40)).isEqualTo(CapacityState.OK);
    assertThat(r.assess(41)).isEqualTo(CapacityState.NEAR_CAPACITY);
    assertThat(r.assess(45)).isEqualTo(CapacityState.NEAR_CAPACITY);
    assertThat(r.assess(46)).isEqualTo(CapacityState.OVER_CAPACITY);
    assertThat(r.minAdmins()).isEqualTo(1);
    assertThat(r.maxAdmins()).isEqualTo(1);
    assertThat(r.oneMemberPerHousehold()).isTrue();
    assertThat(r.minimumAge()).isEqualTo(18);
  }

  @Test
  void heerenveen_areaOf112Households_isAdviceForThreeGroupsNotABrokenRule() {
    GroupRules r = GroupRules.heerenveen();
    assertThat(r.assess(30)).isEqualTo(CapacityState.OK);
    assertThat(r.groupsNeededFor(112)).isEqualTo(3);
    assertThat(r.groupsAdvisedFor(112)).isEqualTo(3);
    assertThat(r.groupsAdvisedFor(45)).isEqualTo(1);
    assertThat(r.groupsNeededFor(0)).isEqualTo(1);
  }

  @Test
  void adminTitle_harlingenSaysCoordinator_heerenveenBeheerder() {
    assertThat(GroupRules.harlingen().adminTitle()).isEqualTo(AdminTitle.COORDINATOR);
    assertThat(GroupRules.harlingen().adminTitle().word(false)).isEqualTo("coördinator");
    assertThat(GroupRules.heerenveen().adminTitle().plural(false)).isEqualTo("beheerders");
  }

  @Test
  void json_adminTitle_roundTripsAndDefaultsToBeheerder() {
    assertThat(GroupRulesJson.fromJson(GroupRulesJson.toJson(GroupRules.harlingen()), "test"))
        .isEqualTo(GroupRules.harlingen());
    String withoutTitle = GroupRulesJson.toJson(GroupRules.heerenveen()).replaceAll(",\\s*\"adminTitle\"[^,}]*", "");
    assertThat(withoutTitle).doesNotContain("adminTitle");
    assertThat(GroupRulesJson.fromJson(withoutTitle, "test").adminTitle()).isEqualTo(AdminTitle.BEHEERDER);
  }

  @Test
  void harlingen_groupsOf200AndMore_areOk_upToWhatsAppsLimit() {
    GroupRules r = GroupRules.harlingen();
    assertThat(r.assess(250)).isEqualTo(CapacityState.OK);
    assertThat(r.assess(1024)).isEqualTo(CapacityState.OK);
    assertThat(r.assess(1025)).isEqualTo(CapacityState.OVER_CAPACITY);
    assertThat(r.maxAdmins()).isEqualTo(2);
    assertThat(r.residentsOnly()).isTrue();
  }

  @Test
  void constructor_hardCapAboveWhatsApp_isRefused() {
    assertThatThrownBy(() -> new GroupRules("x", 40, 5, 2000, 1, 1, true, false, 18))
        .hasMessageContaining("1024").hasMessageContaining("2000");
    assertThatThrownBy(() -> new GroupRules("x", 40, 5, 44, 1, 1, true, false, 18)).hasMessageContaining("was 44");
    assertThatThrownBy(() -> new GroupRules("x", 40, 5, 100, 2, 1, true, false, 18)).hasMessageContaining("maxAdmins");
  }

  @Test
  void fields_rules_hasEveryFieldAndReadsBackAsTheSameRules() {
    GroupRules custom = new GroupRules("Proef", 30, 3, 256, 2, 3, false, true, 16);

    var fields = GroupRulesJson.fields(custom);

    assertThat(fields.keySet()).containsExactly("name", "softMemberCap", "softCapTolerance",
        "hardMemberCap", "minAdmins", "maxAdmins", "oneMemberPerHousehold", "residentsOnly", "minimumAge", "adminTitle");
    assertThat(fields.get("residentsOnly")).isEqualTo(true);
    assertThat(fields.get("minimumAge")).isEqualTo(16);
    assertThat(GroupRulesJson.fromJson(GroupRulesJson.toJson(custom), "fields")).isEqualTo(custom);
  }

  @Test
  void json_roundTrip_givesEqualRules(@TempDir Path dir) {
    Path file = dir.resolve("rules.json");
    GroupRulesJson.write(GroupRules.heerenveen(), file);
    assertThat(GroupRulesJson.read(file)).isEqualTo(GroupRules.heerenveen());
    assertThat(GroupRulesJson.fromJson(GroupRulesJson.toJson(GroupRules.harlingen()), "s")).isEqualTo(GroupRules.harlingen());
  }

  @Test
  void json_missingField_namesFileAndField(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("heerenveen.json");
    Files.writeString(file, GroupRulesJson.toJson(GroupRules.heerenveen()).replace("\"minimumAge\" : 18", "\"minimumAge\" : null"));
    assertThatThrownBy(() -> GroupRulesJson.read(file))
        .hasMessageContaining(file.toString())
        .hasMessageContaining("'minimumAge'");
  }

  @Test
  void json_typoInFieldName_isRefusedNotDefaulted() {
    String json = GroupRulesJson.toJson(GroupRules.heerenveen()).replace("softMemberCap", "softMemberCapp");
    assertThatThrownBy(() -> GroupRulesJson.fromJson(json, "rules.json")).hasMessageContaining("softMemberCapp");
  }

  @Test
  void json_valuesBreakingARule_nameTheSource() {
    String json = GroupRulesJson.toJson(GroupRules.heerenveen()).replace("\"hardMemberCap\" : 1024", "\"hardMemberCap\" : 5000");
    assertThatThrownBy(() -> GroupRulesJson.fromJson(json, "rules.json"))
        .hasMessageStartingWith("rules rules.json").hasMessageContaining("5000");
  }

  @Test
  void json_notJson_saysSo() {
    assertThatThrownBy(() -> GroupRulesJson.fromJson("{softMemberCap: ", "r.json")).hasMessageContaining("r.json is not valid JSON");
  }
}
