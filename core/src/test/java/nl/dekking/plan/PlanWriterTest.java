package nl.dekking.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.analysis.Language;
import nl.dekking.model.Contact;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.report.ReportFormats;
import nl.dekking.rules.GroupRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanWriterTest {

  private static Dataset sample;
  private static CoverageReport report;
  private static Plan plan;

  @TempDir
  Path dir;

  @BeforeAll
  static void plan() {
    sample = PlanFixtures.sample();
    report = PlanFixtures.analyse(sample);
    plan = Planner.plan(sample, report, PlanSettings.of(GroupRules.heerenveen()));
  }

  private Path written() {
    Path out = dir.resolve("plan");
    List<Path> files = PlanWriter.write(plan, report, out, Language.NL, List.of());
    assertThat(files).extracting(p -> p.getFileName().toString()).containsAll(PlanWriter.FILES);
    return out;
  }

  @Test
  void write_proposalsGeoJson_hasOneWgs84FeaturePerProposedGroupWithTheAgreedProperties() throws IOException {
    JsonNode root = new ObjectMapper().readTree(written().resolve("proposals.geojson").toFile());
    JsonNode features = root.get("features");
    assertThat(features).hasSize(plan.groups().size());
    JsonNode first = features.get(0);
    assertThat(first.get("properties").get("kind").asText()).isIn("split", "new");
    assertThat(first.get("properties").get("parent").asText()).isEqualTo(plan.groups().get(0).parent());
    assertThat(first.get("properties").get("households").asInt()).isEqualTo(plan.groups().get(0).householdCount());
    assertThat(first.get("properties").get("streets").isArray()).isTrue();
    double lon = first.get("geometry").get("coordinates").get(0).get(0).get(0).asDouble();
    assertThat(lon).isBetween(5.0, 6.5); // WGS84 longitude, not RD metres
    assertThat(root.has("crs")).isFalse();
  }

  @Test
  void write_summaryJson_isTheReportsSchemaPlusTheProposals() throws IOException {
    JsonNode root = new ObjectMapper().readTree(written().resolve("summary.json").toFile());
    assertThat(root.get("households").asInt()).isEqualTo(report.households());
    assertThat(root.get("groups")).hasSize(report.groups().size());
    assertThat(root.get("plan").get("proposals")).hasSize(plan.groups().size());
    assertThat(root.get("plan").get("quality").get("capViolations").asInt()).isZero();
  }

  @Test
  void write_summaryJson_holdsTheReportsFieldsWrittenAsTheReportWritesThem() throws IOException {
    ObjectMapper exact = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    JsonNode planSummary = exact.readTree(written().resolve("summary.json").toFile());
    JsonNode reportSummary = exact.readTree(ReportFormats.summaryJson(report, Language.NL));
    List<String> fields = new ArrayList<>();
    reportSummary.fieldNames().forEachRemaining(fields::add);
    fields.remove("members"); // the member check is the report's, not the plan's
    assertThat(fields).contains("rules", "settings", "households", "groups");
    for (String field : fields) {
      // same values and the same decimals: 0.5000 stays 0.5000, not the double 0.5
      assertThat(planSummary.get(field)).as(field).isEqualTo(reportSummary.get(field));
    }
    assertThat(planSummary.get("plan").get("quality").get("meanPolsbyPopper").decimalValue().scale()).isEqualTo(4);
  }

  @Test
  void summaryJson_extraFieldThatIsNotOneJsonValue_isRefusedNamingTheField() {
    assertThatThrownBy(() -> ReportFormats.summaryJson(report, Language.NL, "plan", "{\"a\": 1} {"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'plan'");
    assertThatThrownBy(() -> ReportFormats.summaryJson(report, Language.NL, "plan", "{\"a\": "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'plan' is not valid JSON");
  }

  @Test
  void write_csvAndHtml_listEveryProposedGroupWithItsStreetsAndASectionPerParent() throws IOException {
    Path out = written();
    String csv = Files.readString(out.resolve("proposals.csv"), StandardCharsets.UTF_8);
    // the internal notice, as in the report's tables, then the header
    assertThat(csv).startsWith("\uFEFFIntern \u2014 niet publiceren\r\nid;kind;parent;households;area_m2;streets\r\n");
    assertThat(csv.split("\r\n")).hasSize(plan.groups().size() + 2);
    String html = Files.readString(out.resolve("plan.html"), StandardCharsets.UTF_8);
    for (Proposal p : plan.splits()) {
      assertThat(html).contains("id=\"plan-" + p.parent() + "\"");
    }
    for (ProposedGroup g : plan.groups()) {
      assertThat(html).contains("data-proposal-id=\"" + g.id() + "\"");
    }
    assertThat(html).contains("<svg").doesNotContain("<script");
  }

  @Test
  void write_anyFile_holdsNoContactsAndNoMetadata() throws IOException {
    Path out = written();
    StringBuilder all = new StringBuilder();
    for (String name : PlanWriter.FILES) {
      all.append(Files.readString(out.resolve(name), StandardCharsets.UTF_8));
    }
    assertThat(sample.groups().stream().mapToLong(g -> g.admins().size()).sum()).isPositive();
    for (Group g : sample.groups()) {
      for (Contact c : g.admins()) {
        assertThat(all).doesNotContain(c.name());
      }
      for (String value : g.metadata().values()) {
        if (value.length() > 6) {
          assertThat(all).doesNotContain(value);
        }
      }
    }
  }
}
