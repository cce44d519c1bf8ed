package nl.dekking.report.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.analysis.GapCluster;
import nl.dekking.analysis.GroupCoverage;
import nl.dekking.analysis.Language;
import nl.dekking.analysis.Overlap;
import nl.dekking.analysis.QaFinding;
import nl.dekking.analysis.NeighbourhoodCoverage;
import nl.dekking.model.Household;
import nl.dekking.report.words.FindingText;
import nl.dekking.report.map.GroupPalette;
import nl.dekking.report.map.MapBackground;
import nl.dekking.report.map.MapLayer;
import nl.dekking.report.map.MapScene;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Composes the report's {@link MapScene} from a {@link CoverageReport}: background roads and street names, CBS
 * neighbourhood outlines, each group's area in its own colour, overlaps, gap clusters (numbered as in the gap
 * list), map errors, and every household as a dot (red when no group covers it).
 *
 * <p>The map shows the groups and the gap clusters near them: the extent is the groups' envelope, grown to take in
 * gap clusters within {@value #NEAR_M} m of it, plus a margin. Gap clusters further away (another village) are named
 * under the map instead. Linear in the number of households and vertices. Stateless.
 */
final class ReportMap {

  static final int WIDTH = 1000;
  static final double NEAR_M = 500;
  /**
   * Gap clusters with fewer households (a lone farm, two houses at the edge of the woods) are drawn but not
   * numbered, and summed up in one line of the gap list: their addresses are in the list of streets.
   */
  static final int MIN_LISTED_HOUSEHOLDS = 3;
  private static final double MARGIN_M = 120;

  private ReportMap() {}

  /** The colour of each group, by id, in report order: the map's ordinal picks the palette colour. */
  static Map<String, String> colours(CoverageReport report) {
    Map<String, String> colours = new LinkedHashMap<>();
    for (GroupCoverage g : report.groups()) {
      colours.put(g.id(), GroupPalette.colour(colours.size()));
    }
    return colours;
  }

  /**
   * The map's extent: the groups' analysed areas, grown to take in gap clusters within {@value #NEAR_M} m, plus a
   * margin; the households when no group has an area.
   */
  static Envelope extent(CoverageReport report) {
    Envelope env = new Envelope();
    for (int o = 0; o < report.map().size(); o++) {
      Geometry area = report.map().area(o);
      if (!area.isEmpty()) {
        env.expandToInclude(area.getEnvelopeInternal());
      }
    }
    if (env.isNull()) {
      for (Household h : report.distinctHouseholds()) {
        env.expandToInclude(h.x(), h.y());
      }
    } else {
      Envelope core = new Envelope(env);
      for (GapCluster c : report.gapClusters()) {
        Envelope e = c.envelope();
        if (core.distance(e) <= NEAR_M) {
          env.expandToInclude(e);
        }
      }
    }
    if (env.isNull()) {
      env = new Envelope(155_000, 156_000, 463_000, 464_000);
    }
    env.expandBy(Math.max(MARGIN_M, 0.05 * Math.max(env.getWidth(), env.getHeight())));
    return env;
  }

  /**
   * The caption's note on numbered gap clusters that lie wholly outside the map: how many, and how many per place,
   * or empty when every one is on the map.
   */
  static String outside(CoverageReport report, Envelope extent, Language language) {
    Map<String, Integer> perPlace = new java.util.TreeMap<>();
    int clusters = 0;
    int households = 0;
    for (GapCluster c : report.gapClusters()) {
      if (c.householdCount() >= MIN_LISTED_HOUSEHOLDS && !extent.intersects(c.envelope())) {
        clusters++;
        households += c.householdCount();
        String place = c.households().get(0).address().place();
        perPlace.merge(place, c.householdCount(), Integer::sum);
      }
    }
    if (clusters == 0) {
      return "";
    }
    List<String> places = new ArrayList<>();
    for (Map.Entry<String, Integer> e : perPlace.entrySet()) {
      places.add(Phrase.MAP_OUTSIDE_PLACE.in(language, e.getKey(), e.getValue()));
    }
    return Phrase.MAP_OUTSIDE.in(language, clusters, households, String.join(", ", places));
  }

  /**
   * Which of the report's distinct households are uncovered. Both lists are in address order, the uncovered ones a
   * part of the distinct ones: one walk along both finds them (a city has hundreds of thousands); by id when a
   * report was put together otherwise.
   */
  static boolean[] uncovered(CoverageReport report) {
    List<Household> distinct = report.distinctHouseholds();
    List<Household> uncovered = report.uncoveredHouseholds();
    boolean[] out = new boolean[distinct.size()];
    int j = 0;
    for (int i = 0; i < out.length && j < uncovered.size(); i++) {
      Household u = uncovered.get(j);
      Household d = distinct.get(i);
      if (u == d || u.equals(d)) {
        out[i] = true;
        j++;
      }
    }
    if (j == uncovered.size()) {
      return out;
    }
    java.util.Arrays.fill(out, false);
    Set<String> ids = new HashSet<>();
    for (Household h : uncovered) {
      ids.add(h.id());
    }
    for (int i = 0; i < out.length; i++) {
      out[i] = ids.contains(distinct.get(i).id());
    }
    return out;
  }

  /**
   * The report's map, drawn from the report alone: the analysed (repaired) areas, an empty one without shape or
   * label.
   *
   * @throws IllegalArgumentException naming the group or finding that could not be drawn
   */
  static MapScene scene(CoverageReport report, MapBackground background, Language language) {
    Envelope extent = extent(report);
    MapScene.Builder b = MapScene.builder(extent, WIDTH).title(Phrase.MAP_TITLE.in(language, report.datasetName()));
    for (Geometry road : background.roads()) {
      b.area(MapLayer.ROAD, "", "", "", road);
    }
    for (NeighbourhoodCoverage n : report.neighbourhoods()) {
      b.area(MapLayer.NEIGHBOURHOOD, n.code(), n.name(), "", n.area().getBoundary());
    }
    Map<String, String> colours = colours(report);
    for (int o = 0; o < report.groups().size(); o++) {
      GroupCoverage g = report.groups().get(o);
      try {
        b.area(MapLayer.GROUP, g.id(), g.id() + " " + g.name(), colours.get(g.id()), report.map().area(o));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("cannot draw the area of group '" + g.id() + "': " + e.getMessage(), e);
      }
    }
    for (Overlap o : report.overlaps()) {
      b.area(MapLayer.OVERLAP, o.groupA() + "/" + o.groupB(), o.groupA() + " / " + o.groupB(), "", o.shared());
    }
    int n = 0;
    List<Geometry> gapOutlines = new ArrayList<>(report.gapClusters().size());
    for (GapCluster c : report.gapClusters()) {
      n++;
      Geometry outline = c.outline();
      gapOutlines.add(outline);
      // named only when on the map: a national run's municipalities have thousands of gap clusters far away
      if (extent.intersects(outline.getEnvelopeInternal())) {
        b.area(MapLayer.GAP, c.id(), GapNames.name(c, n, language), "", outline);
      }
    }
    for (QaFinding f : report.findings()) {
      if (f.kind() == QaFinding.Kind.NARROW_GAP || f.kind() == QaFinding.Kind.SMALL_OVERLAP
          || f.kind() == QaFinding.Kind.SLIVER_OVERLAP) {
        Geometry g = f.geometry();
        if (!g.isEmpty()) {
          b.area(MapLayer.SLIVER, String.join("/", f.groupIds()), FindingText.kind(f.kind(), language), "",
              g.buffer(0.5 * extent.getWidth() / WIDTH));
        }
      }
    }
    boolean[] uncovered = uncovered(report);
    List<Household> distinct = report.distinctHouseholds();
    for (int i = 0; i < distinct.size(); i++) {
      Household h = distinct.get(i);
      boolean isUncovered = uncovered[i];
      b.point(isUncovered ? MapLayer.HOUSEHOLD_UNCOVERED : MapLayer.HOUSEHOLD_COVERED, "",
          isUncovered ? h.address().display() : "", h.x(), h.y());
    }
    for (MapBackground.StreetLabel l : background.labels()) {
      b.text(MapScene.TextKind.STREET, l.text(), l.x(), l.y(), l.angleDegrees());
    }
    for (int o = 0; o < report.groups().size(); o++) {
      GroupCoverage g = report.groups().get(o);
      try {
        b.areaLabel(MapScene.TextKind.GROUP, g.name(), report.map().area(o));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("cannot label the area of group '" + g.id() + "': " + e.getMessage(), e);
      }
    }
    for (int k = 0; k < gapOutlines.size(); k++) {
      if (report.gapClusters().get(k).householdCount() >= MIN_LISTED_HOUSEHOLDS) {
        b.areaLabel(MapScene.TextKind.GAP, Integer.toString(k + 1), gapOutlines.get(k));
      }
    }
    for (GroupCoverage g : report.groups()) {
      b.legend(MapLayer.GROUP, colours.get(g.id()), g.id() + " " + g.name());
    }
    b.legend(MapLayer.OVERLAP, "", Phrase.LEGEND_OVERLAP.in(language));
    b.legend(MapLayer.GAP, "", Phrase.LEGEND_GAP.in(language));
    b.legend(MapLayer.SLIVER, "", Phrase.LEGEND_SLIVER.in(language));
    b.legend(MapLayer.HOUSEHOLD_UNCOVERED, "", Phrase.LEGEND_UNCOVERED.in(language));
    b.legend(MapLayer.HOUSEHOLD_COVERED, "", Phrase.LEGEND_COVERED.in(language));
    if (!background.roads().isEmpty()) {
      b.legend(MapLayer.ROAD, "", Phrase.LEGEND_ROAD.in(language));
    }
    if (!report.neighbourhoods().isEmpty()) {
      boolean wijken = report.neighbourhoods().stream().allMatch(NeighbourhoodCoverage::isWijk);
      b.legend(MapLayer.NEIGHBOURHOOD, "", (wijken ? Phrase.LEGEND_WIJK : Phrase.LEGEND_NEIGHBOURHOOD).in(language));
    }
    return b.build();
  }
}
