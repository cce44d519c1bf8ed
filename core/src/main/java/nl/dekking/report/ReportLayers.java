package nl.dekking.report;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.analysis.GapCluster;
import nl.dekking.analysis.GapStreet;
import nl.dekking.analysis.Language;
import nl.dekking.analysis.Overlap;
import nl.dekking.analysis.QaFinding;
import nl.dekking.analysis.SharedHousehold;
import nl.dekking.crs.RdNew;
import nl.dekking.io.geojson.FeatureCollectionWriter;
import nl.dekking.io.geojson.GeoJsonFeature;
import nl.dekking.io.geojson.GeoJsonWriter;
import nl.dekking.model.Household;
import nl.dekking.report.map.StyledGroupsWriter;
import nl.dekking.report.words.FindingText;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * Builds the report's map layers, encoded by {@link GeoJsonWriter#writeFeatures} (RFC 7946, WGS84). Each file holds
 * one geometry type, so QGIS, GDAL and uMap read it as one layer: areas are always {@code MultiPolygon} (a feature
 * whose area is empty has no geometry), households always {@code Point}:
 *
 * <ul>
 *   <li>{@code gap-areas.geojson}: the gap clusters' outlines; {@code uncovered-households.geojson}: every
 *       uncovered household with street, house number, postcode and place;</li>
 *   <li>{@code overlaps.geojson}: the areas two groups share; {@code shared-households.geojson}: the households
 *       covered by several groups;</li>
 *   <li>{@code qa.geojson}: the map checks (repaired areas, narrow gaps, small and sliver overlaps, areas without
 *       households); {@code duplicate-addresses.geojson}: addresses given more than once.</li>
 * </ul>
 *
 * Every feature has a {@code layer} property saying what it is. Text is in the report's language. Thread-safe.
 */
final class ReportLayers {

  /** The properties of {@link #household} and the gap cluster or the groups. */
  private static final FeatureCollectionWriter.PropertyNames UNCOVERED = FeatureCollectionWriter.PropertyNames.of(
      "layer", "id", "street", "houseNumber", "postcode", "place", "address", "gapCluster");
  private static final FeatureCollectionWriter.PropertyNames SHARED = FeatureCollectionWriter.PropertyNames.of(
      "layer", "id", "street", "houseNumber", "postcode", "place", "address", "groups");

  private ReportLayers() {
  }

  /** The gap clusters' outlines, largest first. */
  static byte[] gapAreas(CoverageReport r, Language language) {
    List<GeoJsonFeature> features = new ArrayList<>();
    for (GapCluster c : r.gapClusters()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("layer", "gapCluster");
      p.put("id", c.id());
      p.put("households", c.householdCount());
      p.put("areaM2", SummaryJson.area(c.areaM2()));
      p.put("streets", c.streets().stream().map(s -> streetText(s, language)).collect(Collectors.joining("; ")));
      features.add(area(c.id(), c.outline(), p));
    }
    return encode(features);
  }

  /**
   * Writes every uncovered household to {@code out} as it goes (a city's are hundreds of thousands), in address
   * order, with its address in fields and its gap cluster ({@code clusterOf} is {@link ReportTables#gapClusterOf}
   * of the report, one per uncovered household; {@code lonLat} is {@link ReportTables#lonLat} of it).
   */
  static void uncoveredHouseholds(CoverageReport r, String[] clusterOf, double[] lonLat, OutputStream out) {
    try (FeatureCollectionWriter w = GeoJsonWriter.rfc7946().open(out)) {
      List<Household> uncovered = r.uncoveredHouseholds();
      for (int i = 0; i < clusterOf.length; i++) {
        Household h = uncovered.get(i);
        w.writePointWgs84(h.id(), lonLat[2 * i], lonLat[2 * i + 1], UNCOVERED, "uncoveredHousehold", h.id(),
            h.address().street(), h.address().houseNumberDisplay(), h.address().postcode(), h.address().place(),
            h.address().display(), clusterOf[i]);
      }
    }
  }

  /** The overlaps beyond the tolerance. */
  static byte[] overlaps(CoverageReport r) {
    List<GeoJsonFeature> features = new ArrayList<>();
    for (Overlap o : r.overlaps()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("layer", "overlap");
      p.put("groupA", o.groupA());
      p.put("groupB", o.groupB());
      p.put("areaM2", SummaryJson.area(o.areaM2()));
      p.put("households", o.households().size());
      features.add(area("overlap-" + o.groupA() + "-" + o.groupB(), o.shared(), p));
    }
    return encode(features);
  }

  /** Every household covered by several groups. */
  static byte[] sharedHouseholds(CoverageReport r) {
    return stream(w -> {
      for (SharedHousehold s : r.sharedHouseholds()) {
        writeHousehold(w, "sharedHousehold", s.household(), SHARED, String.join(", ", s.groupIds()));
      }
    });
  }

  /** Every map check, in report order, with its kind, groups and sentence. */
  static byte[] qa(CoverageReport r, Language language) {
    List<GeoJsonFeature> features = new ArrayList<>();
    int n = 0;
    for (QaFinding f : r.findings()) {
      n++;
      if (f instanceof QaFinding.DuplicateAddress) {
        continue;
      }
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("layer", "qa");
      p.put("kind", f.kind());
      p.put("kindText", FindingText.kind(f.kind(), language));
      p.put("groups", String.join(", ", f.groupIds()));
      p.put("message", FindingText.sentence(f, language));
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
      }
      features.add(area("qa-" + n, f.geometry(), p));
    }
    return encode(features);
  }

  /** Every address given more than once: the one counted, with the ids of all its address points. */
  static byte[] duplicateAddresses(CoverageReport r, Language language) {
    List<GeoJsonFeature> features = new ArrayList<>();
    for (QaFinding f : r.findings()) {
      if (f instanceof QaFinding.DuplicateAddress da) {
        Household h = da.households().get(0);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("addressPoints", da.households().stream().map(Household::id).collect(Collectors.joining(", ")));
        extra.put("message", FindingText.sentence(f, language));
        features.add(GeoJsonFeature.of(h.id(), point(h), household("duplicateAddress", h, extra)));
      }
    }
    return encode(features);
  }

  /**
   * A household as a Point with its properties ({@link #household}) and one more, written without making either:
   * for the layers that list many households.
   */
  private static void writeHousehold(FeatureCollectionWriter w, String layer, Household h,
      FeatureCollectionWriter.PropertyNames names, String value) {
    w.writePoint(h.id(), h.x(), h.y(), names, layer, h.id(), h.address().street(), h.address().houseNumberDisplay(),
        h.address().postcode(), h.address().place(), h.address().display(), value);
  }

  private static Map<String, Object> household(String layer, Household h, Map<String, ?> extra) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("layer", layer);
    p.put("id", h.id());
    p.put("street", h.address().street());
    p.put("houseNumber", h.address().houseNumberDisplay());
    p.put("postcode", h.address().postcode());
    p.put("place", h.address().place());
    p.put("address", h.address().display());
    p.putAll(extra);
    return p;
  }

  /** A feature whose area is a MultiPolygon (its polygons), or without geometry when it has none. */
  static GeoJsonFeature area(String id, Geometry area, Map<String, ?> properties) {
    MultiPolygon multi = multiPolygon(area);
    return new GeoJsonFeature(id, multi.isEmpty() ? Optional.empty() : Optional.of(multi), properties);
  }

  /** The polygons of a geometry as one MultiPolygon, outer rings counter-clockwise (RFC 7946). */
  static MultiPolygon multiPolygon(Geometry g) {
    return StyledGroupsWriter.multiPolygon(g);
  }

  private static String streetText(GapStreet s, Language language) {
    return s.name() + " " + s.numbers(language) + " (" + s.place() + ")";
  }

  private static Geometry point(Household h) {
    return RdNew.GEOMETRY_FACTORY.createPoint(new Coordinate(h.x(), h.y()));
  }

  /**
   * Writes features one at a time straight into the collection, as {@link #encode} writes a list (the same bytes),
   * without copying each feature's geometry and properties into a {@link GeoJsonFeature}: for the layers with a
   * feature per household.
   */
  private static byte[] stream(Consumer<FeatureCollectionWriter> features) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (FeatureCollectionWriter w = GeoJsonWriter.rfc7946().open(out)) {
      features.accept(w);
    }
    return out.toByteArray();
  }

  static byte[] encode(List<GeoJsonFeature> features) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GeoJsonWriter.writeFeatures(features, out);
    return out.toByteArray();
  }
}
