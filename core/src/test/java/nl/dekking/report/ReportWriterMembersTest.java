package nl.dekking.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.dekking.analysis.CoverageAnalysis;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.analysis.Language;
import nl.dekking.crs.RdNew;
import nl.dekking.index.CoverageMap;
import nl.dekking.lookup.AddressLookup;
import nl.dekking.members.Member;
import nl.dekking.members.MemberCheck;
import nl.dekking.members.MemberChecker;
import nl.dekking.model.Address;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.publish.Dekkingskaart;
import nl.dekking.report.map.MapBackground;
import nl.dekking.rules.GroupRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

/**
 * A member check through the one report writer (issue 14): counts per group and in total in {@code report.html} and
 * {@code summary.json}, the counted members in the rule checks, and the members' addresses in {@code members.csv}
 * alone.
 */
class ReportWriterMembersTest {

  /** Postcodes and a suffix that occur in the member list only, never among the households or groups. */
  private static final String UNKNOWN_POSTCODE = "9437ZW";
  private static final String UNKNOWN_SUFFIX = "ZX9";
  /** The postcode of the one household a member of A lives at in B's area: in the households, never in a report. */
  private static final String MEMBER_HOME_POSTCODE = "8862QX";

  private static final Group A = new Group("A", "Voorstraat", box(160_000, 575_000), 60, List.of(), Map.of());
  private static final Group B = new Group("B", "Noorderhaven", box(160_200, 575_000), 9, List.of(), Map.of());

  @TempDir
  Path dir;

  private static org.locationtech.jts.geom.Geometry box(double x, double y) {
    return RdNew.GEOMETRY_FACTORY.toGeometry(new Envelope(x, x + 100, y, y + 100));
  }

  private static List<Household> households() {
    List<Household> hs = new ArrayList<>();
    for (int n = 1; n <= 8; n++) {
      hs.add(new Household("v" + n, Address.of("Voorstraat", n, "8861AA", "Harlingen"), 160_010 + 10 * n, 575_050));
    }
    for (int n = 1; n <= 6; n++) {
      hs.add(new Household("n" + n, Address.of("Noorderhaven", n, "8861BB", "Harlingen"), 160_210 + 10 * n, 575_050));
    }
    hs.add(new Household("z7", Address.of("Zuiderhaven", 7, MEMBER_HOME_POSTCODE, "Harlingen"), 160_250, 575_080));
    return hs;
  }

  private static List<Member> members() {
    return List.of(
        member("A", "8861AA", 1, ""), member("A", "8861AA", 2, ""), member("A", "8861AA", 2, ""),
        member("A", MEMBER_HOME_POSTCODE, 7, ""), member("A", UNKNOWN_POSTCODE, 48_213, UNKNOWN_SUFFIX),
        member("B", "8861BB", 1, ""), member("B", "8861BB", 2, ""),
        member("SPOOKGROEP", "8861AA", 3, ""));
  }

  private static Member member(String group, String postcode, int number, String suffix) {
    return new Member(group, new Address.Key(postcode, number, "", suffix), 1);
  }

  private record Written(Dataset applied, MemberCheck check, CoverageReport report, Path out) {
  }

  private Written write(GroupRules rules, Language language) {
    Dataset dataset = Dataset.of("Harlingen", households(), List.of(A, B));
    MemberCheck check = MemberChecker.check(CoverageMap.of(dataset.groups()), dataset.households(), members(), rules);
    Dataset applied = check.applyTo(dataset);
    CoverageReport report = CoverageAnalysis.withDefaults().analyse(applied, rules);
    Path out = dir.resolve("rapport-" + rules.name() + "-" + language);
    ReportWriter.of(language).withDate(LocalDate.of(2026, 11, 30)).withMembers(check).write(report, out);
    return new Written(applied, check, report, out);
  }

  private static JsonNode summary(Path out) throws IOException {
    return new ObjectMapper().readTree(out.resolve("summary.json").toFile());
  }

  private static JsonNode byId(JsonNode array, String id) {
    for (JsonNode n : array) {
      if (n.get("id").asText().equals(id)) {
        return n;
      }
    }
    throw new AssertionError("no " + id + " in " + array);
  }

  /** The text of a member table row's cells after its heading: declared, counted, outside, second, unknown, violations. */
  private static List<String> memberRow(String html, String id) {
    Matcher row = Pattern.compile("<tr[^>]*data-member-group=\"" + id + "\"[^>]*>(.*?)</tr>").matcher(html);
    assertThat(row.find()).as("member row " + id).isTrue();
    List<String> cells = new ArrayList<>();
    Matcher cell = Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(row.group(1));
    while (cell.find()) {
      cells.add(cell.group(1));
    }
    return cells;
  }

  @Test
  void write_membersUnderHarlingen_summaryHasTheCountsPerGroupAndInTotal() throws IOException {
    Written w = write(GroupRules.harlingen(), Language.NL);

    JsonNode members = summary(w.out()).get("members");

    assertThat(members.get("residentsOnly").asBoolean()).isTrue();
    assertThat(members.get("oneMemberPerHousehold").asBoolean()).isFalse();
    JsonNode a = byId(members.get("groups"), "A");
    assertThat(List.of(a.get("declared").asInt(), a.get("counted").asInt(), a.get("outsideArea").asInt(),
        a.get("secondInHousehold").asInt(), a.get("unknownAddress").asInt(), a.get("violations").asInt()))
        .containsExactly(60, 5, 1, 1, 1, 1);
    JsonNode b = byId(members.get("groups"), "B");
    assertThat(List.of(b.get("declared").asInt(), b.get("counted").asInt(), b.get("outsideArea").asInt(),
        b.get("secondInHousehold").asInt(), b.get("unknownAddress").asInt(), b.get("violations").asInt()))
        .containsExactly(9, 2, 0, 0, 0, 0);
    assertThat(List.of(members.get("counted").asInt(), members.get("outsideArea").asInt(),
        members.get("secondInHousehold").asInt(), members.get("unknownAddress").asInt(), members.get("violations").asInt(),
        members.get("inUnknownGroups").asInt())).containsExactly(7, 1, 1, 1, 1, 1);
    assertThat(members.get("unknownGroups")).extracting(JsonNode::asText).containsExactly("SPOOKGROEP");
    assertThat(members.get("summary").asText()).startsWith("7 leden geteld in 2 groepen; 1 buiten het gebied");
  }

  @Test
  void write_membersUnderHeerenveen_capacityAndRulesUseTheCountedMembers() throws IOException {
    Written w = write(GroupRules.heerenveen(), Language.NL);

    JsonNode summary = summary(w.out());

    JsonNode a = byId(summary.get("groups"), "A");
    assertThat(a.get("members").asInt()).isEqualTo(5);
    assertThat(a.get("capacityState").asText()).isEqualTo("OK");
    assertThat(a.get("violations")).extracting(v -> v.get("kind").asText()).doesNotContain("MORE_MEMBERS_THAN_HOUSEHOLDS");
    // the second member in one household is the violation under Heerenveen's rules, outside the area is not
    assertThat(byId(summary.get("members").get("groups"), "A").get("violations").asInt()).isEqualTo(1);
    // control: with the declared 60 members, the same map is over capacity with more members than households
    CoverageReport declared = CoverageAnalysis.withDefaults().analyse(Dataset.of("Harlingen", households(), List.of(A, B)),
        GroupRules.heerenveen());
    assertThat(declared.group("A").orElseThrow().capacityState().name()).isEqualTo("OVER_CAPACITY");
  }

  @Test
  void write_members_reportHtmlHasTheCountsPerGroupAndInTotal() throws IOException {
    Written w = write(GroupRules.harlingen(), Language.NL);

    String html = Files.readString(w.out().resolve("report.html"), StandardCharsets.UTF_8);

    assertThat(html).contains("<section id=\"members\">", "<h2>Ledenlijst</h2>", "Getelde leden");
    assertThat(memberRow(html, "A")).containsExactly("60", "5", "1", "1", "1", "1");
    assertThat(memberRow(html, "B")).containsExactly("9", "2", "0", "0", "0", "0");
    assertThat(memberRow(html, "")).containsExactly("69", "7", "1", "1", "1", "1");
    assertThat(html).contains("1 lid staat bij groepen die niet op de kaart staan: SPOOKGROEP.")
        .contains("1 lid woont buiten het gebied (regel van Harlingen");
    assertThat(html).containsPattern("data-figure=\"member-violations\">.*?<span class=\"figure\">1<");
  }

  @Test
  void write_membersInEnglish_sectionInEnglish() throws IOException {
    Written w = write(GroupRules.heerenveen(), Language.EN);

    String html = Files.readString(w.out().resolve("report.html"), StandardCharsets.UTF_8);

    assertThat(html).contains("<h2>Member list</h2>", "Counted members", "Second in household")
        .contains("1 member beyond the first in a household (rule of Heerenveen");
    assertThat(memberRow(html, "A")).containsExactly("60", "5", "1", "1", "1", "1");
    assertThat(summary(w.out()).get("members").get("summary").asText()).startsWith("7 members counted in 2 groups");
  }

  @Test
  void write_plantedMemberAddresses_reachOnlyMembersCsvAndNoPublicFile() throws IOException {
    Written w = write(GroupRules.harlingen(), Language.NL);
    List<String> planted = List.of(UNKNOWN_POSTCODE, "9437 ZW", UNKNOWN_SUFFIX, "48213", "48.213", "48,213",
        MEMBER_HOME_POSTCODE, "8862 QX");

    String csv = Files.readString(w.out().resolve("members.csv"), StandardCharsets.UTF_8);
    assertThat(csv).contains(UNKNOWN_POSTCODE + ";48213;;" + UNKNOWN_SUFFIX + ";onbekend adres;nee")
        .contains("A;" + MEMBER_HOME_POSTCODE + ";7;;;buiten het gebied;ja");
    List<Path> others;
    try (Stream<Path> files = Files.list(w.out())) {
      others = files.filter(f -> !f.getFileName().toString().equals("members.csv")).toList();
    }
    assertThat(others).extracting(f -> f.getFileName().toString())
        .contains("report.html", "summary.json", "groups.geojson", "groups.kml");
    for (Path f : others) {
      if (f.getFileName().toString().endsWith(".png")) {
        continue; // pixels
      }
      String text = Files.readString(f, StandardCharsets.ISO_8859_1);
      for (String p : planted) {
        assertThat(text).as(f.getFileName() + " holds " + p).doesNotContain(p);
      }
    }
    // the public page of the same map, with the counted members, holds none either
    // (its address lookup lists the households' own addresses, so only what the member list alone holds is checked)
    String page = Dekkingskaart.html(AddressLookup.of(CoverageMap.of(w.applied().groups()), w.applied().households(),
        "veiligheid@harlingen.nl"), MapBackground.empty(), new Dekkingskaart.Settings("", Language.NL));
    for (String p : planted.subList(0, 6)) {
      assertThat(page).as("dekkingskaart holds " + p).doesNotContain(p);
    }
  }

  @Test
  void write_reportWithTheDeclaredCounts_refusedNamingTheGroup() {
    Dataset dataset = Dataset.of("Harlingen", households(), List.of(A, B));
    MemberCheck check = MemberChecker.check(CoverageMap.of(dataset.groups()), dataset.households(), members(),
        GroupRules.harlingen());
    CoverageReport notApplied = CoverageAnalysis.withDefaults().analyse(dataset, GroupRules.harlingen());

    assertThatThrownBy(() -> ReportWriter.of(Language.NL).withMembers(check).write(notApplied, dir.resolve("r")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("group 'A' has 60 members in the report but 5 counted in the member list");
    assertThat(dir.resolve("r")).doesNotExist();
  }

  @Test
  void write_withoutMembers_summaryMembersIsNullAndNoMembersCsv() throws IOException {
    CoverageReport report = CoverageAnalysis.withDefaults().analyse(Dataset.of("Harlingen", households(), List.of(A, B)),
        GroupRules.harlingen());
    Path out = dir.resolve("zonder");

    ReportWriter.of(Language.NL).write(report, out);

    assertThat(summary(out).get("members").isNull()).isTrue();
    assertThat(out.resolve("members.csv")).doesNotExist();
    assertThat(Files.readString(out.resolve("report.html"))).doesNotContain("id=\"members\"");
  }
}
