package nl.dekking.report;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.analysis.GroupCoverage;
import nl.dekking.analysis.GroupStreet;
import nl.dekking.analysis.Language;
import nl.dekking.io.kml.KmlWriter;
import nl.dekking.model.PublicGroup;
import nl.dekking.report.html.HtmlReport;
import nl.dekking.report.map.GroupPalette;
import nl.dekking.report.map.MapLayer;
import nl.dekking.report.map.StyledGroupsWriter;

/**
 * The report's public files, {@code groups.geojson} (uMap, geojson.io, QGIS) and {@code groups.kml} (Google My
 * Maps, Google Earth), built from {@link PublicGroup}s only: id, name, member count, streets, colour and the
 * contacts with consent {@code PUBLIC}, plus numbers the analysis computed (households, capacity state, groups
 * needed, whether the area was repaired). Never a group's description, notes, other properties or a contact
 * without public consent. Each group's area is the analysed one ({@link CoverageReport#map()}), {@code repaired}
 * saying when it differs from the drawing; a group whose area repaired to nothing has nothing to show on a map and
 * is left out (the internal report lists it under the map checks), so every feature has an area and the files
 * read back as groups. Thread-safe.
 */
final class PublicGroupFiles {

  static final double FILL_OPACITY = MapLayer.GROUP.fillOpacity();

  private PublicGroupFiles() {}

  /** The public view of each group, in report order, with the report's colours and streets in its language. */
  static List<PublicGroup> publicGroups(CoverageReport r, Language language) {
    List<PublicGroup> out = new ArrayList<>(r.groups().size());
    for (int o = 0; o < r.groups().size(); o++) {
      List<String> streets = new ArrayList<>();
      for (GroupStreet s : r.groups().get(o).streets()) {
        streets.add(s.extent() == GroupStreet.Extent.FULL ? s.name()
            : s.name() + (language == Language.EN ? " (partly)" : " (deels)"));
      }
      out.add(PublicGroup.of(r.map().group(o), streets, GroupPalette.colour(o), ""));
    }
    return out;
  }

  static byte[] geoJson(CoverageReport r, Language language) {
    List<PublicGroup> groups = publicGroups(r, language);
    List<StyledGroupsWriter.StyledGroup> styled = new ArrayList<>();
    for (int o = 0; o < groups.size(); o++) {
      if (r.map().area(o).isEmpty()) {
        continue;
      }
      styled.add(new StyledGroupsWriter.StyledGroup(groups.get(o), r.map().area(o), FILL_OPACITY, computed(r, o)));
    }
    return ReportLayers.encode(StyledGroupsWriter.features(styled));
  }

  static byte[] kml(CoverageReport r, Language language) {
    List<PublicGroup> groups = publicGroups(r, language);
    String adminWord = r.rules().adminTitle().word(language == Language.EN);
    List<KmlWriter.Placemark> placemarks = new ArrayList<>();
    for (int o = 0; o < groups.size(); o++) {
      if (r.map().area(o).isEmpty()) {
        continue;
      }
      PublicGroup g = groups.get(o);
      GroupCoverage c = r.groups().get(o);
      Map<String, String> data = new LinkedHashMap<>();
      StyledGroupsWriter.properties(g).forEach((k, v) -> data.put(k, String.valueOf(v)));
      computed(r, o).forEach((k, v) -> data.put(k, String.valueOf(v)));
      placemarks.add(new KmlWriter.Placemark(g.id(), g.id() + " " + g.name(),
          HtmlReport.publicDescription(g, c.households(), adminWord, language), r.map().area(o), g.colour(),
          FILL_OPACITY, data));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    KmlWriter.write(HtmlReport.mapTitle(r, language), placemarks, out);
    return out.toByteArray();
  }

  /** The numbers the analysis computed for group {@code o}: nothing from the input's free text. */
  private static Map<String, Object> computed(CoverageReport r, int o) {
    GroupCoverage g = r.groups().get(o);
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("households", g.households());
    p.put("capacity", g.capacityState());
    p.put("groups_needed", g.groupsNeeded());
    p.put("repaired", r.map().isRepaired(o));
    return p;
  }
}
