package nl.dekking.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
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
import nl.dekking.model.Household;
import nl.dekking.report.words.CapacityText;
import nl.dekking.report.words.FindingText;
import nl.dekking.report.words.ReportText;
import nl.dekking.rules.GroupRulesJson;

/**
 * Builds {@code summary.json}: the report as one JSON object whose fields are documented in
 * the README (section "summary.json"). Field names never change within a {@link #SCHEMA_VERSION}; fields may be added.
 * Areas are in m² with one decimal, shares 0..1 with four. Thread-safe.
 */
final class SummaryJson {

  /** The version of the layout; raised when a field is renamed or removed. */
  static final int SCHEMA_VERSION = 1;

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SummaryJson() {
  }

  static String text(CoverageReport r, Language language, String title, LocalDate date) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("notice", ReportText.internalNotice(language));
    root.put("title", title);
    root.put("date", date.toString());
    root.put("dataset", r.datasetName());
    root.put("language", language.name().toLowerCase(java.util.Locale.ROOT));
    root.set("rules", GroupRulesJson.toNode(r.rules()));
    ObjectNode settings = root.putObject("settings");
    settings.put("overlapToleranceM2", r.settings().overlapToleranceM2());
    settings.put("gapWidthM", r.settings().gapWidthM());
    settings.put("walkingDistanceM", r.settings().walkingDistanceM());
    settings.put("neighbourDistanceM", r.settings().neighbourDistanceM());
    root.put("addressPoints", r.addressPoints());
    root.put("households", r.households());
    root.put("covered", r.covered());
    root.put("uncovered", r.uncovered());
    root.put("coveredByOne", r.coveredByOne());
    root.put("coveredByMultiple", r.coveredByMultiple());
    root.put("coveredShare", r.households() == 0 ? null : share((double) r.covered() / r.households()));
    CapacityText.Counts counts = CapacityText.count(r);
    ObjectNode capacity = root.putObject("capacity");
    capacity.put("groups", counts.groups());
    capacity.put("overCapacity", counts.overCapacity());
    capacity.put("nearCapacity", counts.nearCapacity());
    capacity.put("toSplit", counts.toSplit());
    capacity.put("summary", CapacityText.summary(counts, language));

    ArrayNode groups = root.putArray("groups");
    for (int ordinal = 0; ordinal < r.groups().size(); ordinal++) {
      GroupCoverage g = r.groups().get(ordinal);
      ObjectNode o = groups.addObject();
      o.put("id", g.id());
      o.put("name", g.name());
      o.put("households", g.households());
      o.put("sharedHouseholds", g.sharedHouseholds());
      o.put("members", g.members());
      o.put("admins", g.admins());
      o.put("capacityState", g.capacityState().name());
      o.put("capacity", CapacityText.state(g.capacityState(), r.rules(), language));
      o.put("groupsNeeded", g.groupsNeeded());
      o.put("advice", CapacityText.advice(g, language));
      o.put("areaM2", area(g.areaM2()));
      o.put("repaired", r.map().isRepaired(ordinal));
      ArrayNode v = o.putArray("violations");
      for (RuleViolation rv : g.violations()) {
        v.addObject().put("kind", rv.kind().name()).put("message", rv.message(language));
      }
      ArrayNode s = o.putArray("streets");
      for (GroupStreet gs : g.streets()) {
        s.addObject().put("name", gs.name()).put("place", gs.place()).put("extent", gs.extent().name())
            .put("households", gs.households()).put("streetHouseholds", gs.streetHouseholds());
      }
      strings(o.putArray("neighbours"), g.neighbours());
    }

    ArrayNode streets = root.putArray("streets");
    for (StreetCoverage s : r.streets()) {
      ObjectNode o = streets.addObject();
      o.put("name", s.name());
      o.put("place", s.place());
      o.put("households", s.households());
      o.put("covered", s.covered());
      o.put("uncovered", s.uncovered());
      o.put("state", s.state().name());
      o.put("uncoveredNumbers", s.uncoveredNumbers(language));
      strings(o.putArray("groups"), s.groupIds());
    }

    ArrayNode clusters = root.putArray("gapClusters");
    for (GapCluster c : r.gapClusters()) {
      ObjectNode o = clusters.addObject();
      o.put("id", c.id());
      o.put("households", c.householdCount());
      o.put("areaM2", area(c.areaM2()));
      double sx = 0;
      double sy = 0;
      for (Household h : c.households()) {
        sx += h.x();
        sy += h.y();
      }
      org.locationtech.jts.geom.Coordinate centre = nl.dekking.crs.RdNew.toWgs84(sx / c.householdCount(),
          sy / c.householdCount());
      o.put("lon", BigDecimal.valueOf(centre.x).setScale(6, RoundingMode.HALF_UP));
      o.put("lat", BigDecimal.valueOf(centre.y).setScale(6, RoundingMode.HALF_UP));
      ArrayNode s = o.putArray("streets");
      for (GapStreet gs : c.streets()) {
        s.addObject().put("name", gs.name()).put("place", gs.place()).put("households", gs.households().size())
            .put("numbers", gs.numbers(language));
      }
    }

    ArrayNode neighbourhoods = root.putArray("neighbourhoods");
    for (NeighbourhoodCoverage n : r.neighbourhoods()) {
      ObjectNode o = neighbourhoods.addObject();
      o.put("code", n.code());
      o.put("name", n.name());
      o.put("households", n.households());
      o.put("covered", n.covered());
      o.put("uncovered", n.uncovered());
      if (n.reportedHouseholds().isPresent()) {
        o.put("reportedHouseholds", n.reportedHouseholds().getAsInt());
      } else {
        o.putNull("reportedHouseholds");
      }
      o.put("coveredShare", n.coveredShare().isPresent() ? share(n.coveredShare().getAsDouble()) : null);
    }

    ArrayNode overlaps = root.putArray("overlaps");
    for (Overlap ov : r.overlaps()) {
      ObjectNode o = overlaps.addObject();
      o.put("groupA", ov.groupA());
      o.put("groupB", ov.groupB());
      o.put("areaM2", area(ov.areaM2()));
      o.put("households", ov.households().size());
      addresses(o.putArray("addresses"), ov.households());
    }

    ArrayNode shared = root.putArray("sharedHouseholds");
    for (SharedHousehold s : r.sharedHouseholds()) {
      ObjectNode o = shared.addObject();
      o.put("id", s.household().id());
      o.put("address", s.household().address().display());
      strings(o.putArray("groups"), s.groupIds());
    }

    ArrayNode qa = root.putArray("qa");
    for (QaFinding f : r.findings()) {
      ObjectNode o = qa.addObject();
      o.put("kind", f.kind().name());
      strings(o.putArray("groups"), f.groupIds());
      o.put("message", FindingText.sentence(f, language));
      double area = f.geometry().getArea();
      o.put("areaM2", f.kind() == QaFinding.Kind.DUPLICATE_ADDRESS ? null : area(area));
      if (f instanceof QaFinding.NarrowGap g) {
        o.put("widthM", area(g.widthM()));
      } else if (f instanceof QaFinding.OverlapError e) {
        o.put("widthM", area(e.widthM()));
      } else {
        o.putNull("widthM");
      }
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write the summary of '" + r.datasetName() + "' as JSON", e);
    }
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static void addresses(ArrayNode array, List<Household> households) {
    households.forEach(h -> array.add(h.address().display()));
  }

  static BigDecimal area(double m2) {
    return BigDecimal.valueOf(m2).setScale(1, RoundingMode.HALF_UP);
  }

  static BigDecimal share(double share) {
    return BigDecimal.valueOf(share).setScale(4, RoundingMode.HALF_UP);
  }
}
