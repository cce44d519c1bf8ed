package nl.dekking.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

  record Run(int exitCode, String out, String err) {
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = DekkingCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void report_sample_printsEveryGroupAndTheUncoveredHouseholds(@TempDir Path dir) {
    Run r = run("report", "--sample", "--lang", "en", "--out", dir.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    // 2,481 address points, of which 3 repeat an address: 2,478 households
    assertThat(r.out()).contains("2,478 households, 8 groups (rules: Heerenveen)");
    assertThat(r.out()).containsPattern("OTT-06 +Hoenderloseweg +[0-9,]+ +61 +Too many members \\(more than 45\\)");
    assertThat(r.out()).containsPattern("OTT-08 +De Dennen +[0-9,]+ +27 +OK");
    assertThat(r.out()).containsPattern("report: .*report.html \\([0-9.]+% of 2,478 households covered");
    assertThat(dir.resolve("summary.json")).exists();
    assertThat(dir.resolve("groups.csv")).exists();
    for (String id : new String[] {"OTT-01", "OTT-02", "OTT-03", "OTT-04", "OTT-05", "OTT-06", "OTT-07", "OTT-08"}) {
      assertThat(r.out()).contains(id);
    }
    assertThat(r.out()).containsPattern("not covered by any group: +[0-9,]+");
    assertThat(r.err()).contains("loading ...", "analysing ...", "  indexing 8 groups", "  assigning 2,478 households",
        "writing ...", "  writing groups.kml").containsPattern("writing: 15 files in .* \\([0-9.]+ s\\)");
  }

  @Test
  void report_files_countsWhatTheHandWorkedExampleSays(@TempDir Path dir) throws Exception {
    // two households in one square group in Otterlo, one outside it
    Path households = dir.resolve("addresses.geojson");
    Files.writeString(households, """
        {"type": "FeatureCollection",
         "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}},
         "features": [
          {"type": "Feature", "properties": {"straatnaam": "Dorpsstraat", "huisnummer": "1", "postcode": "6731AA", "woonplaats": "Otterlo"},
           "geometry": {"type": "Point", "coordinates": [181500, 457100]}},
          {"type": "Feature", "properties": {"straatnaam": "Dorpsstraat", "huisnummer": "3", "postcode": "6731AA", "woonplaats": "Otterlo"},
           "geometry": {"type": "Point", "coordinates": [181550, 457100]}},
          {"type": "Feature", "properties": {"straatnaam": "Bovenweg", "huisnummer": "2", "postcode": "6731AB", "woonplaats": "Otterlo"},
           "geometry": {"type": "Point", "coordinates": [181400, 457700]}}
         ]}
        """);
    Path groups = dir.resolve("groups.geojson");
    Files.writeString(groups, """
        {"type": "FeatureCollection",
         "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}},
         "features": [
          {"type": "Feature", "properties": {"id": "D1", "name": "Dorp"},
           "geometry": {"type": "Polygon", "coordinates": [[[181400, 457000], [181600, 457000], [181600, 457200], [181400, 457200], [181400, 457000]]]}}
         ]}
        """);
    Run r = run("report", "--households", households.toString(), "--groups", groups.toString(),
        "--rules", "harlingen", "--out", dir.resolve("out").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    // a Dutch run speaks Dutch on the console too
    assertThat(r.out()).contains("3 huishoudens, 1 groepen (regels: Harlingen)");
    assertThat(Files.readString(dir.resolve("out/summary.json"))).contains("\"uncovered\" : 1");
    // Harlingen's rules call the admin "coördinator", in every file
    assertThat(Files.readString(dir.resolve("out/groups.csv"))).contains("groep D1 heeft 0 coördinatoren; Harlingen vraagt er minstens 1");
    assertThat(Files.readString(dir.resolve("out/report.html"))).contains("Geen coördinator", "<th scope=\"col\">Coördinator</th>");
    assertThat(r.out()).containsPattern("D1 +Dorp +2\\b");
    assertThat(r.out()).containsPattern("door geen groep gedekt: +1\\b")
        .containsPattern("rapport: .*report.html \\([0-9,]+% van 3 huishoudens gedekt, 1 zonder groep\\)");
  }

  @Test
  void report_badFile_exitsWith2AndNamesTheFile(@TempDir Path dir) throws Exception {
    Path households = dir.resolve("kapot.geojson");
    Files.writeString(households, "{\"type\": \"FeatureCollection\", \"features\": [");
    Path groups = dir.resolve("groups.geojson");
    Files.writeString(groups, "{\"type\": \"FeatureCollection\", \"features\": []}");
    Run r = run("report", "--households", households.toString(), "--groups", groups.toString(), "--out", dir.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("kapot.geojson");
  }

  @Test
  void report_badHouseholdsAndBadGroups_namesTheHouseholdsFileFirstThenTheGroupsFile(@TempDir Path dir)
      throws Exception {
    // the groups are read on another thread while the households are; errors still come in file order
    Path households = dir.resolve("kapot.geojson");
    Files.writeString(households, "{\"type\": \"FeatureCollection\", \"features\": [");
    Path groups = dir.resolve("groepen-kapot.geojson");
    Files.writeString(groups, "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\"");
    Run both = run("report", "--households", households.toString(), "--groups", groups.toString(), "--out",
        dir.resolve("out").toString());
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("kapot.geojson").doesNotContain("groepen-kapot.geojson");

    Path good = dir.resolve("adressen.csv");
    Files.writeString(good, "straatnaam;huisnummer;postcode;woonplaats;x;y\nDorpsstraat;1;6731AA;Otterlo;181500;457100\n");
    Run groupsOnly = run("report", "--households", good.toString(), "--groups", groups.toString(), "--out",
        dir.resolve("out").toString());
    assertThat(groupsOnly.exitCode()).isEqualTo(2);
    assertThat(groupsOnly.err()).contains("groepen-kapot.geojson");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void report_gemeente_keepsTheAddressesAndStreetLinesInsideThatMunicipalitysNeighbourhoods(@TempDir Path dir) throws Exception {
    Path households = dir.resolve("addresses.geojson");
    Files.writeString(households, """
        {"type": "FeatureCollection",
         "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}},
         "features": [
          {"type": "Feature", "properties": {"straatnaam": "Dorpsstraat", "huisnummer": "1", "postcode": "6731AA", "woonplaats": "Otterlo"},
           "geometry": {"type": "Point", "coordinates": [181500, 457100]}},
          {"type": "Feature", "properties": {"straatnaam": "Hoofdweg", "huisnummer": "3", "postcode": "7371AA", "woonplaats": "Loenen"},
           "geometry": {"type": "Point", "coordinates": [190500, 457100]}}
         ]}
        """);
    Path groups = dir.resolve("groups.geojson");
    Files.writeString(groups, """
        {"type": "FeatureCollection",
         "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}},
         "features": [
          {"type": "Feature", "properties": {"id": "O1", "name": "Otterlo"},
           "geometry": {"type": "Polygon", "coordinates": [[[181000, 456500], [182000, 456500], [182000, 457500], [181000, 457500], [181000, 456500]]]}},
          {"type": "Feature", "properties": {"id": "L1", "name": "Loenen"},
           "geometry": {"type": "Polygon", "coordinates": [[[190000, 456500], [191000, 456500], [191000, 457500], [190000, 457500], [190000, 456500]]]}}
         ]}
        """);
    Path wijken = dir.resolve("wijken.geojson");
    Files.writeString(wijken, """
        {"type": "FeatureCollection",
         "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}},
         "features": [
          {"type": "Feature", "properties": {"wijkcode": "WK022801", "wijknaam": "Otterlo", "gemeentecode": "GM0228", "gemeentenaam": "Ede", "huishoudens": 900},
           "geometry": {"type": "Polygon", "coordinates": [[[180000, 456000], [183000, 456000], [183000, 458000], [180000, 458000], [180000, 456000]]]}},
          {"type": "Feature", "properties": {"wijkcode": "WK020001", "wijknaam": "Loenen", "gemeentecode": "GM0200", "gemeentenaam": "Apeldoorn", "huishoudens": 500},
           "geometry": {"type": "Polygon", "coordinates": [[[189000, 456000], [192000, 456000], [192000, 458000], [189000, 458000], [189000, 456000]]]}}
         ]}
        """);
    Path streets = dir.resolve("straten.geojson");
    Files.writeString(streets, """
        {"type": "FeatureCollection",
         "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}},
         "features": [
          {"type": "Feature", "properties": {"stt_naam": "Dorpsstraat", "wpsnaamnen": "Otterlo"},
           "geometry": {"type": "LineString", "coordinates": [[181400, 457100], [181600, 457100]]}},
          {"type": "Feature", "properties": {"stt_naam": "Hoofdweg", "wpsnaamnen": "Loenen"},
           "geometry": {"type": "LineString", "coordinates": [[190400, 457100], [190600, 457100]]}}
         ]}
        """);
    Run r = run("report", "--households", households.toString(), "--groups", groups.toString(),
        "--streets", streets.toString(), "--neighbourhoods", wijken.toString(), "--gemeente", "Ede",
        "--out", dir.resolve("out").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern(": 1 huishoudens, 2 groepen");
    // GeoJSON street lines name no municipality either: only the one crossing Ede's neighbourhoods is kept, so
    // the Loenen group, outside Ede, lists no street
    assertThat(Files.readString(dir.resolve("out/groups.csv"))).contains("Dorpsstraat (Otterlo)")
        .doesNotContain("Hoofdweg");
  }

  @Test
  void report_sample_consoleHtmlCsvAndSummaryGiveTheSameCapacityCountsInTheSameWords(@TempDir Path dir) throws Exception {
    Run r = run("report", "--sample", "--out", dir.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    String sentence = new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("summary.json").toFile())
        .path("capacity").path("summary").asText();
    // OTT-06 has 61 members: the one group over its cap; seven areas (OTT-06's too) hold more households than one
    // group of 40 may serve, which is advice, not a broken rule
    assertThat(sentence).isEqualTo("1 van 8 groepen boven capaciteit (te veel leden), 1 bijna vol; "
        + "advies: 7 gebieden kunnen meer dan één groep dragen");
    assertThat(r.out()).contains(sentence);
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html).contains(sentence);
    assertThat(html).containsPattern("data-figure=\"over-capacity\"><span class=\"label\">[^<]*</span><span class=\"figure\">1<");
    assertThat(html).containsPattern("data-figure=\"advice-split\"><span class=\"label\">[^<]*</span><span class=\"figure\">7<");
    String csv = Files.readString(dir.resolve("groups.csv"));
    assertThat(csv.split(";OVER_CAPACITY;", -1)).hasSize(2);
    assertThat(csv.split("splitsen aanbevolen", -1)).hasSize(8);
  }

  @Test
  void report_english_violationsAndAdviceInEnglish_dutchInDutch(@TempDir Path dir) throws Exception {
    assertThat(run("report", "--sample", "--lang", "en", "--out", dir.resolve("en").toString()).exitCode()).isZero();
    assertThat(run("report", "--sample", "--out", dir.resolve("nl").toString()).exitCode()).isZero();
    assertThat(Files.readString(dir.resolve("en/groups.csv"))).contains("has 0 admins; Heerenveen asks for at least 1",
        "splitting advised").doesNotContain("heeft", "splitsen");
    assertThat(Files.readString(dir.resolve("nl/groups.csv"))).contains("heeft 0 beheerders; Heerenveen vraagt er minstens 1",
        "splitsen aanbevolen").doesNotContain(" has ", "asks for");
    assertThat(Files.readString(dir.resolve("nl/summary.json"))).contains("vraagt er minstens 1")
        .doesNotContain("asks for", "appears", "was invalid");
  }

  @Test
  void report_title_inThePage(@TempDir Path dir) throws Exception {
    Run r = run("report", "--sample", "--title", "Buurtpreventie Otterlo, maart", "--out", dir.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readString(dir.resolve("report.html"))).contains("<h1>Buurtpreventie Otterlo, maart</h1>");
  }

  @Test
  void report_outHoldingAnInput_exitsWith2AndKeepsTheInput(@TempDir Path dir) throws Exception {
    Path households = dir.resolve("addresses.geojson");
    Files.writeString(households, """
        {"type": "FeatureCollection",
         "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}},
         "features": [
          {"type": "Feature", "properties": {"straatnaam": "Dorpsstraat", "huisnummer": "1", "postcode": "6731AA", "woonplaats": "Otterlo"},
           "geometry": {"type": "Point", "coordinates": [181500, 457100]}}
         ]}
        """);
    Path groups = dir.resolve("groups.geojson");
    String source = """
        {"type": "FeatureCollection",
         "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}},
         "features": [
          {"type": "Feature", "properties": {"id": "D1", "name": "Dorp", "beheerder": "Geheim", "toestemming": "geen"},
           "geometry": {"type": "Polygon", "coordinates": [[[181400, 457000], [181600, 457000], [181600, 457200], [181400, 457200], [181400, 457000]]]}}
         ]}
        """;
    Files.writeString(groups, source);
    Run r = run("report", "--households", households.toString(), "--groups", groups.toString(), "--out", dir.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("holds the input").contains("addresses.geojson");
    assertThat(Files.readString(groups)).isEqualTo(source);
  }

  @Test
  void report_outThatIsAFileOrUnderAFile_exitsWith2WithTheReason(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("rapport.txt"), "x");
    Run r = run("report", "--sample", "--out", file.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("rapport.txt").contains("is a file");
    Run under = run("report", "--sample", "--out", file.resolve("sub").toString());
    assertThat(under.exitCode()).isEqualTo(2);
    assertThat(under.err()).contains("rapport.txt").contains("is a file, not a folder");
    assertThat(Files.readString(file)).isEqualTo("x");
  }

  @Test
  void report_unknownRules_exitsWith2AndSaysWhatIsAllowed(@TempDir Path dir) {
    Run r = run("report", "--sample", "--rules", "leeuwarden", "--out", dir.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("heerenveen, harlingen or a JSON file");
  }

  @Test
  void report_noSource_isAUsageError() {
    Run r = run("report");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--sample");
  }
}
