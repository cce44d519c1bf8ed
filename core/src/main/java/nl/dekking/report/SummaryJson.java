package nl.dekking.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.analysis.GapCluster;
import nl.dekking.analysis.GapStreet;
import nl.dekking.analysis.GroupCoverage;
import nl.dekking.analysis.GroupStreet;
import nl.dekking.analysis.Language;
import nl.dekking.analysis.NeighbourhoodCoverage;
import nl.dekking.analysis.Overlap;
import nl.dekking.analysis.QaFinding;
import nl.dekking.analysis.RuleViolation;
import nl.dekking.analysis.SharedHousehold;
import nl.dekking.analysis.StreetCoverage;
import nl.dekking.io.output.JsonCopy;
import nl.dekking.members.MemberCheck;
import nl.dekking.model.Household;
import nl.dekking.report.words.CapacityText;
import nl.dekking.report.words.FindingText;
import nl.dekking.report.words.MemberText;
import nl.dekking.report.words.ReportText;
import nl.dekking.rules.GroupRulesJson;

/**
 * Builds {@code summary.json}: the report as one JSON object whose fields are documented in
 * the README (section "summary.json"). Field names never change within a {@link #SCHEMA_VERSION}; fields may be added.
 * Areas are in m² with one decimal, shares 0..1 with four. Written with Jackson's streaming generator and its
 * default pretty printer, field by field in document order. Thread-safe.
 */
final class SummaryJson {

  /** The version of the layout; raised when a field is renamed or removed. */
  static final int SCHEMA_VERSION = 1;

  private static final JsonFactory JSON = new JsonFactory();

  private SummaryJson() {
  }

  static String text(CoverageReport r, Language language, String title, LocalDate date) {
    return text(r, language, title, date, Optional.empty());
  }

  /** The summary; with a member check, its counts (no addresses) in the field {@code members}, else null there. */
  static String text(CoverageReport r, Language language, String title, LocalDate date, Optional<MemberCheck> members) {
    return summary(r, language, title, date, g -> writeMembers(r, members, language, g));
  }

  /**
   * The summary's fields, then {@code field} holding the JSON value {@code json}, copied with its numbers as written
   * and indented like the rest: a document that extends the summary (the planner's).
   *
   * @throws IllegalArgumentException when {@code json} is not exactly one JSON value
   */
  static String extended(CoverageReport r, Language language, String title, LocalDate date, String field,
      String json) {
    return summary(r, language, title, date, g -> {
      g.writeFieldName(field);
      try (JsonParser p = JSON.createParser(json)) {
        if (p.nextToken() == null) {
          throw new IllegalArgumentException("'" + field + "' must be one JSON value, was empty");
        }
        JsonCopy.value(p, g);
        if (p.nextToken() != null) {
          throw new IllegalArgumentException("'" + field + "' must be one JSON value, has more after it: "
              + p.getText());
        }
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("'" + field + "' is not valid JSON: " + e.getOriginalMessage(), e);
      }
    });
  }

  /** What a summary holds after the report's own fields. */
  private interface Tail {
    void write(JsonGenerator g) throws IOException;
  }

  private static String summary(CoverageReport r, Language language, String title, LocalDate date, Tail tail) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(text).useDefaultPrettyPrinter()) {
      g.writeStartObject();
      writeFields(r, language, title, date, g);
      tail.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the summary of '" + r.datasetName() + "' as JSON", e);
    }
    return text + "\n";
  }

  /** Writes the summary's own fields into the object {@code g} has open. */
  private static void writeFields(CoverageReport r, Language language, String title, LocalDate date, JsonGenerator g)
      throws IOException {
    g.writeNumberField("schemaVersion", SCHEMA_VERSION);
    g.writeStringField("notice", ReportText.internalNotice(language));
    g.writeStringField("title", title);
    g.writeStringField("date", date.toString());
    g.writeStringField("dataset", r.datasetName());
    g.writeStringField("language", language.name().toLowerCase(java.util.Locale.ROOT));
    g.writeObjectFieldStart("rules");
    for (Map.Entry<String, Object> field : GroupRulesJson.fields(r.rules()).entrySet()) {
      g.writeFieldName(field.getKey());
      if (field.getValue() instanceof Integer i) {
        g.writeNumber(i);
      } else if (field.getValue() instanceof Boolean b) {
        g.writeBoolean(b);
      } else {
        g.writeString((String) field.getValue());
      }
    }
    g.writeEndObject();
    g.writeObjectFieldStart("settings");
    g.writeNumberField("overlapToleranceM2", r.settings().overlapToleranceM2());
    g.writeNumberField("gapWidthM", r.settings().gapWidthM());
    g.writeNumberField("walkingDistanceM", r.settings().walkingDistanceM());
    g.writeNumberField("neighbourDistanceM", r.settings().neighbourDistanceM());
    g.writeEndObject();
    g.writeNumberField("addressPoints", r.addressPoints());
    g.writeNumberField("households", r.households());
    g.writeNumberField("covered", r.covered());
    g.writeNumberField("uncovered", r.uncovered());
    g.writeNumberField("coveredByOne", r.coveredByOne());
    g.writeNumberField("coveredByMultiple", r.coveredByMultiple());
    g.writeNumberField("coveredShare", r.households() == 0 ? null : share((double) r.covered() / r.households()));
    CapacityText.Counts counts = CapacityText.count(r);
    g.writeObjectFieldStart("capacity");
    g.writeNumberField("groups", counts.groups());
    g.writeNumberField("overCapacity", counts.overCapacity());
    g.writeNumberField("nearCapacity", counts.nearCapacity());
    g.writeNumberField("toSplit", counts.toSplit());
    g.writeStringField("summary", CapacityText.summary(counts, language));
    g.writeEndObject();

    g.writeArrayFieldStart("groups");
    for (int ordinal = 0; ordinal < r.groups().size(); ordinal++) {
      GroupCoverage gc = r.groups().get(ordinal);
      g.writeStartObject();
      g.writeStringField("id", gc.id());
      g.writeStringField("name", gc.name());
      g.writeNumberField("households", gc.households());
      g.writeNumberField("sharedHouseholds", gc.sharedHouseholds());
      g.writeNumberField("members", gc.members());
      g.writeNumberField("admins", gc.admins());
      g.writeStringField("capacityState", gc.capacityState().name());
      g.writeStringField("capacity", CapacityText.state(gc.capacityState(), r.rules(), language));
      g.writeNumberField("groupsNeeded", gc.groupsNeeded());
      g.writeStringField("advice", CapacityText.advice(gc, language));
      g.writeNumberField("areaM2", area(gc.areaM2()));
      g.writeBooleanField("repaired", r.map().isRepaired(ordinal));
      g.writeArrayFieldStart("violations");
      for (RuleViolation rv : gc.violations()) {
        g.writeStartObject();
        g.writeStringField("kind", rv.kind().name());
        g.writeStringField("message", rv.message(language));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("streets");
      for (GroupStreet gs : gc.streets()) {
        g.writeStartObject();
        g.writeStringField("name", gs.name());
        g.writeStringField("place", gs.place());
        g.writeStringField("extent", gs.extent().name());
        g.writeNumberField("households", gs.households());
        g.writeNumberField("streetHouseholds", gs.streetHouseholds());
        g.writeEndObject();
      }
      g.writeEndArray();
      strings(g, "neighbours", gc.neighbours());
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("streets");
    for (StreetCoverage s : r.streets()) {
      g.writeStartObject();
      g.writeStringField("name", s.name());
      g.writeStringField("place", s.place());
      g.writeNumberField("households", s.households());
      g.writeNumberField("covered", s.covered());
      g.writeNumberField("uncovered", s.uncovered());
      g.writeStringField("state", s.state().name());
      g.writeStringField("uncoveredNumbers", s.uncoveredNumbers(language));
      strings(g, "groups", s.groupIds());
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("gapClusters");
    for (GapCluster c : r.gapClusters()) {
      g.writeStartObject();
      g.writeStringField("id", c.id());
      g.writeNumberField("households", c.householdCount());
      g.writeNumberField("areaM2", area(c.areaM2()));
      double sx = 0;
      double sy = 0;
      for (Household h : c.households()) {
        sx += h.x();
        sy += h.y();
      }
      org.locationtech.jts.geom.Coordinate centre = nl.dekking.crs.RdNew.toWgs84(sx / c.householdCount(),
          sy / c.householdCount());
      g.writeNumberField("lon", BigDecimal.valueOf(centre.x).setScale(6, RoundingMode.HALF_UP));
      g.writeNumberField("lat", BigDecimal.valueOf(centre.y).setScale(6, RoundingMode.HALF_UP));
      g.writeArrayFieldStart("streets");
      for (GapStreet gs : c.streets()) {
        g.writeStartObject();
        g.writeStringField("name", gs.name());
        g.writeStringField("place", gs.place());
        g.writeNumberField("households", gs.households().size());
        g.writeStringField("numbers", gs.numbers(language));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("neighbourhoods");
    for (NeighbourhoodCoverage n : r.neighbourhoods()) {
      g.writeStartObject();
      g.writeStringField("code", n.code());
      g.writeStringField("name", n.name());
      g.writeNumberField("households", n.households());
      g.writeNumberField("covered", n.covered());
      g.writeNumberField("uncovered", n.uncovered());
      if (n.reportedHouseholds().isPresent()) {
        g.writeNumberField("reportedHouseholds", n.reportedHouseholds().getAsInt());
      } else {
        g.writeNullField("reportedHouseholds");
      }
      g.writeNumberField("coveredShare", n.coveredShare().isPresent() ? share(n.coveredShare().getAsDouble()) : null);
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("overlaps");
    for (Overlap ov : r.overlaps()) {
      g.writeStartObject();
      g.writeStringField("groupA", ov.groupA());
      g.writeStringField("groupB", ov.groupB());
      g.writeNumberField("areaM2", area(ov.areaM2()));
      g.writeNumberField("households", ov.households().size());
      g.writeArrayFieldStart("addresses");
      for (Household h : ov.households()) {
        g.writeString(h.address().display());
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("sharedHouseholds");
    for (SharedHousehold s : r.sharedHouseholds()) {
      g.writeStartObject();
      g.writeStringField("id", s.household().id());
      g.writeStringField("address", s.household().address().display());
      strings(g, "groups", s.groupIds());
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("qa");
    for (QaFinding f : r.findings()) {
      g.writeStartObject();
      g.writeStringField("kind", f.kind().name());
      strings(g, "groups", f.groupIds());
      g.writeStringField("message", FindingText.sentence(f, language));
      double area = f.geometry().getArea();
      g.writeNumberField("areaM2", f.kind() == QaFinding.Kind.DUPLICATE_ADDRESS ? null : area(area));
      if (f instanceof QaFinding.NarrowGap ng) {
        g.writeNumberField("widthM", area(ng.widthM()));
      } else if (f instanceof QaFinding.OverlapError e) {
        g.writeNumberField("widthM", area(e.widthM()));
      } else {
        g.writeNullField("widthM");
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /**
   * The member check's counts per group and in total: no member's address, postcode or house number (those are in
   * the internal members.csv alone).
   */
  private static void writeMembers(CoverageReport r, Optional<MemberCheck> members, Language language, JsonGenerator g)
      throws IOException {
    if (members.isEmpty()) {
      g.writeNullField("members");
      return;
    }
    MemberCheck check = members.get();
    MemberCheck.Totals t = check.totals();
    g.writeObjectFieldStart("members");
    g.writeBooleanField("residentsOnly", check.rules().residentsOnly());
    g.writeBooleanField("oneMemberPerHousehold", check.rules().oneMemberPerHousehold());
    g.writeNumberField("counted", t.counted());
    g.writeNumberField("outsideArea", t.outsideArea());
    g.writeNumberField("secondInHousehold", t.secondInHousehold());
    g.writeNumberField("unknownAddress", t.unknownAddress());
    g.writeNumberField("violations", t.violations());
    g.writeNumberField("inUnknownGroups", t.inUnknownGroups());
    g.writeStringField("summary", MemberText.summary(check, language));
    g.writeArrayFieldStart("groups");
    for (MemberCheck.GroupMembers gm : check.groups()) {
      g.writeStartObject();
      g.writeStringField("id", gm.id());
      g.writeStringField("name", r.group(gm.id()).map(GroupCoverage::name).orElse(""));
      g.writeNumberField("declared", gm.declared());
      g.writeNumberField("counted", gm.counted());
      g.writeNumberField("outsideArea", gm.outsideArea());
      g.writeNumberField("secondInHousehold", gm.secondInHousehold());
      g.writeNumberField("unknownAddress", gm.unknownAddress());
      g.writeNumberField("violations", gm.violations());
      g.writeEndObject();
    }
    g.writeEndArray();
    strings(g, "unknownGroups", check.unknownGroups());
    strings(g, "unlistedGroups", check.unlisted());
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  static BigDecimal area(double m2) {
    return BigDecimal.valueOf(m2).setScale(1, RoundingMode.HALF_UP);
  }

  static BigDecimal share(double share) {
    return BigDecimal.valueOf(share).setScale(4, RoundingMode.HALF_UP);
  }
}
