package nl.dekking.plan;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.analysis.Language;
import nl.dekking.io.geojson.GeoJsonFeature;
import nl.dekking.io.geojson.GeoJsonWriter;
import nl.dekking.io.output.OutputDirectory;
import nl.dekking.report.ReportFormats;

/**
 * Writes a {@link Plan} into a folder, all or nothing (an {@link OutputDirectory} with marker
 * {@value #MARKER}): {@code proposals.geojson} (RFC 7946, one feature per proposed group with {@code id},
 * {@code kind} = {@code split} | {@code new}, {@code parent}, {@code households} and {@code streets} in the
 * report's form), {@code proposals.csv} (the report's Excel dialect), {@code summary.json} (the report's schema
 * plus a {@code plan} object with the proposals) and {@code plan.html} (per group or gap a map before and after and
 * a table per proposed group). Only addresses, streets and areas are written: no contacts, no metadata.
 * Stateless.
 */
public final class PlanWriter {

  /** The files written. */
  public static final List<String> FILES = List.of("proposals.geojson", "proposals.csv", "summary.json", "plan.html");

  /** The marker file that shows a folder holds a plan. */
  public static final String MARKER = ".dekking-plan";

  private static final JsonFactory JSON = new JsonFactory();

  private PlanWriter() {
  }

  /**
   * Writes the plan files into {@code dir}, replacing an earlier plan there.
   *
   * @param inputs the files read, which the folder must not hold
   */
  public static List<Path> write(Plan plan, CoverageReport report, Path dir, Language language, Collection<Path> inputs) {
    requireNonNull(plan, "plan");
    requireNonNull(report, "report");
    try (OutputDirectory out = OutputDirectory.replacing(dir, MARKER, inputs)) {
      out.write("proposals.geojson", geoJson(plan, language));
      out.write("proposals.csv", csv(plan, language).getBytes(StandardCharsets.UTF_8));
      out.write("summary.json", summaryJson(plan, report, language).getBytes(StandardCharsets.UTF_8));
      out.write("plan.html", PlanPage.render(plan, report, language).getBytes(StandardCharsets.UTF_8));
      return out.commit();
    }
  }

  static byte[] geoJson(Plan plan, Language language) {
    List<GeoJsonFeature> features = new ArrayList<>();
    for (ProposedGroup g : plan.groups()) {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("id", g.id());
      properties.put("kind", g.kind().code());
      properties.put("parent", g.parent());
      properties.put("households", g.householdCount());
      properties.put("streets", g.streets().stream().map(s -> s.text(language)).toList());
      features.add(GeoJsonFeature.of(g.id(), g.area(), properties));
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    GeoJsonWriter.writeFeatures(features, bytes);
    return bytes.toByteArray();
  }

  static String csv(Plan plan, Language language) {
    List<List<?>> rows = new ArrayList<>();
    for (ProposedGroup g : plan.groups()) {
      rows.add(List.of(g.id(), g.kind().code(), g.parent(), g.householdCount(),
          ReportFormats.decimal(g.area().getArea(), 1), g.streetsText(language)));
    }
    return ReportFormats.csv(language, List.of("id", "kind", "parent", "households", "area_m2", "streets"), rows);
  }

  static String summaryJson(Plan plan, CoverageReport report, Language language) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(text)) {
      g.writeStartObject();
      g.writeNumberField("householdsPerGroup", plan.settings().householdsPerGroup());
      g.writeNumberField("minimumGapHouseholds", plan.settings().minimumGapHouseholds());
      g.writeStringField("method", plan.settings().method().name().toLowerCase(java.util.Locale.ROOT));
      g.writeNumberField("groupsSplit", plan.splits().size());
      g.writeNumberField("gapClustersPlanned", plan.newGroups().size());
      g.writeNumberField("uncovered", plan.uncovered());
      g.writeNumberField("uncoveredPlanned", plan.uncoveredPlanned());
      PlanQuality q = plan.quality();
      g.writeObjectFieldStart("quality");
      g.writeNumberField("parts", q.parts());
      g.writeNumberField("minimumParts", q.minimumParts());
      g.writeNumberField("capViolations", q.capViolations());
      g.writeNumberField("streetsSplit", q.streetsSplit());
      g.writeNumberField("streetBreaks", q.streetBreaks());
      g.writeNumberField("meanPolsbyPopper", BigDecimal.valueOf(q.meanPolsbyPopper()).setScale(4, RoundingMode.HALF_UP));
      g.writeEndObject();
      g.writeArrayFieldStart("proposals");
      for (ProposedGroup pg : plan.groups()) {
        g.writeStartObject();
        g.writeStringField("id", pg.id());
        g.writeStringField("kind", pg.kind().code());
        g.writeStringField("parent", pg.parent());
        g.writeNumberField("households", pg.householdCount());
        g.writeNumberField("areaM2", BigDecimal.valueOf(pg.area().getArea()).setScale(1, RoundingMode.HALF_UP));
        g.writeArrayFieldStart("streets");
        for (ProposedStreet s : pg.streets()) {
          g.writeStartObject();
          g.writeStringField("name", s.name());
          g.writeStringField("place", s.place());
          g.writeNumberField("households", s.households().size());
          g.writeBooleanField("whole", s.whole());
          g.writeStringField("houseNumbers", s.numbers(language));
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the plan's summary.json", e);
    }
    return ReportFormats.summaryJson(report, language, "plan", text.toString());
  }

  /**
   * The plan's files to put into a report folder beside {@code report.html} ({@code report --plan}), which then
   * links each group to split to its proposal: {@code plan.html}, {@code proposals.geojson} and
   * {@code proposals.csv} (the report's own {@code summary.json} stays the report's).
   */
  public static Map<String, byte[]> filesForReport(Plan plan, CoverageReport report, Language language) {
    requireNonNull(plan, "plan");
    requireNonNull(report, "report");
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("plan.html", PlanPage.render(plan, report, language).getBytes(StandardCharsets.UTF_8));
    files.put("proposals.geojson", geoJson(plan, language));
    files.put("proposals.csv", csv(plan, language).getBytes(StandardCharsets.UTF_8));
    return files;
  }
}
