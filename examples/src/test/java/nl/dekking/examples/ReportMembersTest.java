package nl.dekking.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportMembersTest {

  @Test
  void report_members_countsReplaceTheDeclaredOnesAndAddressesGoToMembersCsvOnly(@TempDir Path dir) throws IOException {
    // Arnhemseweg 96, Otterlo lies outside the sample group OTT-08: under Harlingen's rules a violation per member
    Path list = dir.resolve("leden.csv");
    Files.writeString(list, """
        groep;postcode;huisnummer;huisletter;toevoeging
        OTT-08;6731BV;96
        OTT-08;6731BV;96
        OTT-08;9999ZZ;1
        """);
    Path out = dir.resolve("rapport");

    ReportCommandTest.Run r = ReportCommandTest.run("report", "--sample", "--rules", "harlingen", "--members", list.toString(),
        "--out", out.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern("OTT-08 +De Dennen +[0-9,]+ +3 ");
    assertThat(r.out()).containsPattern("OTT-08 +27 +3 +2 +1 +1 +2");
    JsonNode members = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("members");
    JsonNode ott08 = members.get("groups").get(0);
    assertThat(ott08.get("id").asText()).isEqualTo("OTT-08");
    assertThat(List.of(ott08.get("declared").asInt(), ott08.get("counted").asInt(), ott08.get("outsideArea").asInt(),
        ott08.get("secondInHousehold").asInt(), ott08.get("unknownAddress").asInt(), ott08.get("violations").asInt()))
        .containsExactly(27, 3, 2, 1, 1, 2);
    assertThat(members.get("violations").asInt()).isEqualTo(2);
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html).containsPattern("<tr data-member-group=\"OTT-08\"><th scope=\"row\">OTT-08 De Dennen</th>"
        + "<td class=\"num\">27</td><td class=\"num\">3</td><td class=\"num\">2</td><td class=\"num\">1</td>"
        + "<td class=\"num\">1</td><td class=\"num\">2</td></tr>");
    List<String> csv = Files.readAllLines(out.resolve("members.csv"));
    assertThat(csv).anyMatch(l -> l.equals("OTT-08;6731BV;96;;;tweede lid in huishouden;nee"))
        .anyMatch(l -> l.equals("OTT-08;9999ZZ;1;;;onbekend adres;nee"));
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("members.csv")).toList()) {
        assertThat(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1)).as(f.toString())
            .doesNotContain("9999ZZ").doesNotContain("9999 ZZ").doesNotContain("6731BV;96").doesNotContain(";;;onbekend adres");
      }
    }
  }
}
