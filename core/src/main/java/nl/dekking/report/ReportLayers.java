package nl.dekking.report;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.analysis.GapCluster;
import nl.dekking.analysis.GapStreet;
import nl.dekking.analysis.Language;
import nl.dekking.analysis.Overlap;
import nl.dekking.analysis.QaFinding;
import nl.dekking.analysis.SharedHousehold;
import nl.dekking.crs.RdNew;
import nl.dekking.io.geojson.GeoJsonFeature;
import nl.dekking.io.geojson.GeoJsonWriter;
import nl.dekking.model.Household;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Builds the map layers {@code gaps.geojson}, {@code overlaps.geojson} and {@code qa.geojson}, encoded by
 * {@link GeoJsonWriter#writeFeatures} (RFC 7946, WGS84). Every feature has a {@code layer} property saying what it
 * is, so one style sheet can draw all three files. Thread-safe.
 */
final class ReportLayers {

  private ReportLayers() {
  }

  /** Gap clusters (outline polygons, largest first) and then every uncovered household (points). */
  static byte[] gaps(CoverageReport r, Language language) {
    List<GeoJsonFeature> features = new ArrayList<>();
    for (GapCluster c : r.gapClusters()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("layer", "gapCluster");
      p.put("id", c.id());
      p.put("households", c.householdCount());
      p.put("areaM2", SummaryJson.area(c.areaM2()));
      p.put("streets", c.streets().stream().map(s -> streetText(s, language)).collect(Collectors.joining("; ")));
      features.add(GeoJsonFeature.of(c.id(), c.outline(), p));
    }
    Map<String, String> clusterOf = ReportTables.gapClusterOf(r);
    for (Household h : r.uncoveredHouseholds()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("layer", "uncoveredHousehold");
      p.put("id", h.id());
      p.put("address", h.address().display());
      p.put("gapCluster", clusterOf.getOrDefault(h.id(), ""));
      features.add(GeoJsonFeature.of(h.id(), point(h), p));
    }
    return encode(features);
  }

  /** Overlaps (shared polygons) and then every household covered by several groups (points). */
  static byte[] overlaps(CoverageReport r) {
    List<GeoJsonFeature> features = new ArrayList<>();
    for (Overlap o : r.overlaps()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("layer", "overlap");
      p.put("groupA", o.groupA());
      p.put("groupB", o.groupB());
      p.put("areaM2", SummaryJson.area(o.areaM2()));
      p.put("households", o.households().size());
      features.add(GeoJsonFeature.of("overlap-" + o.groupA() + "-" + o.groupB(), o.shared(), p));
    }
    for (SharedHousehold s : r.sharedHouseholds()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("layer", "sharedHousehold");
      p.put("id", s.household().id());
      p.put("address", s.household().address().display());
      p.put("groups", s.groupIds());
      features.add(GeoJsonFeature.of(s.household().id(), point(s.household()), p));
    }
    return encode(features);
  }

  /** Every QA finding, in report order, with its kind, groups and message. */
  static byte[] qa(CoverageReport r) {
    List<GeoJsonFeature> features = new ArrayList<>();
    int n = 0;
    for (QaFinding f : r.findings()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("layer", "qa");
      p.put("kind", f.kind());
      p.put("groups", f.groupIds());
      p.put("message", f.message());
      if (f instanceof QaFinding.RepairedArea ra) {
        p.put("areaBeforeM2", SummaryJson.area(ra.areaBeforeM2()));
        p.put("areaAfterM2", SummaryJson.area(ra.areaAfterM2()));
      } else if (f instanceof QaFinding.NarrowGap ng) {
        p.put("areaM2", SummaryJson.area(ng.areaM2()));
        p.put("widthM", SummaryJson.area(ng.widthM()));
      } else if (f instanceof QaFinding.OverlapError oe) {
        p.put("areaM2", SummaryJson.area(oe.areaM2()));
        p.put("widthM", SummaryJson.area(oe.widthM()));
        p.put("households", oe.households().size());
      } else if (f instanceof QaFinding.DuplicateAddress da) {
        p.put("addressPoints", da.households().stream().map(Household::id).toList());
      }
      Geometry g = f.geometry();
      features.add(new GeoJsonFeature("qa-" + (++n), g.isEmpty() ? Optional.empty() : Optional.of(g), p));
    }
    return encode(features);
  }

  private static String streetText(GapStreet s, Language language) {
    return s.name() + " " + s.numbers(language) + " (" + s.place() + ")";
  }

  private static Geometry point(Household h) {
    return RdNew.GEOMETRY_FACTORY.createPoint(new Coordinate(h.x(), h.y()));
  }

  private static byte[] encode(List<GeoJsonFeature> features) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GeoJsonWriter.writeFeatures(features, out);
    return out.toByteArray();
  }
}
