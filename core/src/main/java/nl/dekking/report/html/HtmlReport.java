package nl.dekking.report.html;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.analysis.GroupCoverage;
import nl.dekking.analysis.Language;
import nl.dekking.io.output.AtomicFiles;
import nl.dekking.io.kml.KmlWriter;
import nl.dekking.model.Contact;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.report.map.MapBackground;
import nl.dekking.report.map.MapLayer;
import nl.dekking.report.map.MapScene;
import nl.dekking.report.map.PngMapWriter;
import nl.dekking.report.map.StyledGroupsWriter;
import nl.dekking.report.map.SvgMapWriter;

/**
 * The gap report a municipality can publish: writes into one folder
 * <ul>
 *   <li>{@code report.html}: one self-contained page (inline CSS and SVG, no scripts, nothing loaded from elsewhere)
 *       with the map, the key figures, a table per group, the areas without a group with their streets and house
 *       numbers, overlaps, map and address checks and coverage per neighbourhood;</li>
 *   <li>{@code map.svg} and {@code map.png}: the same map on its own, for a web page;</li>
 *   <li>{@code groups.geojson}: the group areas with SimpleStyle colours for uMap and geojson.io;</li>
 *   <li>{@code groups.kml}: the group areas with the same colours for Google My Maps.</li>
 * </ul>
 *
 * <pre>{@code
 * CoverageReport report = CoverageAnalysis.withDefaults().analyse(dataset, GroupRules.heerenveen());
 * HtmlReport.write(report, dataset, MapBackground.empty(), Language.NL, Path.of("rapport"));
 * }</pre>
 *
 * <p><b>Consent.</b> Every file is public output: an admin's name, e-mail and phone appear only when the admin's
 * consent is {@code PUBLIC}; otherwise the report says the details are not public. <b>Language.</b> Dutch by default
 * ({@link Language#NL}), English with {@link Language#EN}. Each file is written to a temporary file first and
 * replaces the target only when complete. Linear in the report's size. Stateless and thread-safe.
 */
public final class HtmlReport {

  /** The files written. */
  public record Files(Path html, Path svg, Path png, Path geojson, Path kml) {}

  static final double GROUP_FILL_OPACITY = MapLayer.GROUP.fillOpacity();

  private HtmlReport() {}

  /** Writes the report files into {@code dir} (created when missing). */
  public static Files write(CoverageReport report, Dataset dataset, MapBackground background, Language language,
      Path dir) {
    return write(report, dataset, background, language, dir, line -> { });
  }

  /**
   * Writes the report files into {@code dir} (created when missing), telling {@code progress} what it writes.
   *
   * @throws UncheckedIOException naming the file that could not be written
   */
  public static Files write(CoverageReport report, Dataset dataset, MapBackground background, Language language,
      Path dir, Consumer<String> progress) {
    requireNonNull(report, "report");
    requireNonNull(dataset, "dataset");
    requireNonNull(background, "background");
    requireNonNull(language, "language");
    requireNonNull(dir, "dir");
    requireNonNull(progress, "progress");
    try {
      java.nio.file.Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the report folder " + dir + ": " + e.getMessage(), e);
    }
    Files files = new Files(dir.resolve("report.html"), dir.resolve("map.svg"), dir.resolve("map.png"),
        dir.resolve("groups.geojson"), dir.resolve("groups.kml"));

    progress.accept("drawing the map");
    MapScene scene = ReportMap.scene(report, dataset, background, language);
    String svg = SvgMapWriter.toSvg(scene);
    progress.accept("writing " + files.svg());
    AtomicFiles.write(files.svg(),
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg).getBytes(StandardCharsets.UTF_8));
    progress.accept("writing " + files.png());
    AtomicFiles.write(files.png(), PngMapWriter.toPng(scene));

    progress.accept("writing " + files.html());
    String outside = ReportMap.outside(report, ReportMap.extent(report, dataset), language);
    AtomicFiles.write(files.html(),
        HtmlPage.render(report, dataset, language, svg, outside, LocalDate.now()).getBytes(StandardCharsets.UTF_8));

    Map<String, String> colours = ReportMap.colours(report);
    Map<String, Group> groupsById = new HashMap<>();
    for (Group group : dataset.groups()) {
      groupsById.put(group.id(), group);
    }
    List<StyledGroupsWriter.StyledGroup> styled = new ArrayList<>();
    List<KmlWriter.Placemark> placemarks = new ArrayList<>();
    for (GroupCoverage g : report.groups()) {
      Group group = groupsById.get(g.id());
      if (group == null) {
        continue;
      }
      String colour = colours.get(g.id());
      String description = description(g, group, language);
      Map<String, Object> extra = new LinkedHashMap<>();
      extra.put("households", g.households());
      extra.put("capacity", g.capacityState().name());
      extra.put("description", description);
      styled.add(new StyledGroupsWriter.StyledGroup(group, colour, GROUP_FILL_OPACITY, extra));
      placemarks.add(new KmlWriter.Placemark(g.id(), g.id() + " " + g.name(), description, group.area(), colour,
          GROUP_FILL_OPACITY));
    }
    progress.accept("writing " + files.geojson());
    StyledGroupsWriter.write(styled, files.geojson());
    progress.accept("writing " + files.kml());
    KmlWriter.write(Phrase.MAP_TITLE.in(language, dataset.name()), placemarks, files.kml());
    return files;
  }

  /** What a click on a group shows in uMap or My Maps: members, households, capacity, public contacts only. */
  static String description(GroupCoverage g, Group group, Language language) {
    List<String> contacts = new ArrayList<>();
    for (Contact c : group.publicAdmins()) {
      List<String> parts = new ArrayList<>(List.of(c.name()));
      if (!c.email().isEmpty()) {
        parts.add(c.email());
      }
      if (!c.phone().isEmpty()) {
        parts.add(c.phone());
      }
      contacts.add(String.join(", ", parts));
    }
    String contact = contacts.isEmpty() ? "" : Phrase.CONTACT.in(language, String.join("; ", contacts));
    return Phrase.GEOJSON_DESCRIPTION.in(language, g.members(), g.households(), contact).strip();
  }

}
