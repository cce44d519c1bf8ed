package nl.dekking.report;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.analysis.Language;
import nl.dekking.io.output.AtomicFiles;
import nl.dekking.io.output.OutputDirectory;
import nl.dekking.members.MemberCheck;
import nl.dekking.members.MemberCsv;
import nl.dekking.report.html.HtmlReport;
import nl.dekking.report.map.MapBackground;
import nl.dekking.report.words.ReportText;

/**
 * The one report writer: writes every file of a {@link CoverageReport} into a folder, all or nothing, from the
 * report alone.
 *
 * <pre>{@code
 * CoverageReport report = CoverageAnalysis.withDefaults().analyse(dataset, GroupRules.heerenveen());
 * List<Path> files = ReportWriter.of(Language.NL).withInputs(List.of(addresses, groups)).write(report, Path.of("rapport"));
 * }</pre>
 *
 * <p><b>Files</b> ({@link #FILES}, in the order written):
 * <ul>
 *   <li>internal, for the municipality and the police, each saying so at its head ("Intern — niet publiceren"),
 *       contacts as {@link nl.dekking.model.Audience#INTERNAL} may read them: {@code summary.json},
 *       {@code groups.csv}, {@code streets.csv}, {@code gaps.csv}, {@code report.html};</li>
 *   <li>map layers, one geometry type each: {@code gap-areas.geojson}, {@code uncovered-households.geojson},
 *       {@code overlaps.geojson}, {@code shared-households.geojson}, {@code qa.geojson},
 *       {@code duplicate-addresses.geojson}; and the map alone: {@code map.svg}, {@code map.png};</li>
 *   <li>public, built from {@link nl.dekking.model.PublicGroup}s only: {@code groups.geojson}, {@code groups.kml};</li>
 *   <li>with {@link #withMembers a member check}: the internal {@code members.csv}, the only file that holds the
 *       members' addresses (the page and {@code summary.json} get counts).</li>
 * </ul>
 *
 * <p><b>All or nothing.</b> The files go into a fresh folder beside the target ({@link OutputDirectory}, marker
 * {@value #MARKER}) that replaces it only when every file was written; a failure at any step, drawing included,
 * leaves the previous report exactly as it was, and the error names the file and the group or finding at fault.
 * The target is refused when it is a file, holds one of the inputs, or holds files Dekking did not write.
 * Immutable and thread-safe; each {@code write} is independent.
 */
public final class ReportWriter {

  /** The marker file of a report folder. */
  public static final String MARKER = ".dekking-report";

  /** The files written, in order. */
  public static final List<String> FILES = List.of("summary.json", "groups.csv", "streets.csv", "gaps.csv",
      "gap-areas.geojson", "uncovered-households.geojson", "overlaps.geojson", "shared-households.geojson",
      "qa.geojson", "duplicate-addresses.geojson", "map.svg", "map.png", "report.html", "groups.geojson",
      "groups.kml");

  private final Language language;
  private final MapBackground background;
  private final Optional<String> title;
  private final Optional<LocalDate> date;
  private final List<Path> inputs;
  private final Map<String, byte[]> extras;
  private final Optional<MemberCheck> members;

  private ReportWriter(Language language, MapBackground background, Optional<String> title, Optional<LocalDate> date,
      List<Path> inputs, Map<String, byte[]> extras, Optional<MemberCheck> members) {
    this.language = requireNonNull(language, "language");
    this.background = requireNonNull(background, "background");
    this.title = title;
    this.date = date;
    this.inputs = List.copyOf(inputs);
    this.extras = extras;
    this.members = members;
  }

  /** A writer in this language, without background map, with the default title, today's date and no inputs. */
  public static ReportWriter of(Language language) {
    return new ReportWriter(language, MapBackground.empty(), Optional.empty(), Optional.empty(), List.of(), Map.of(),
        Optional.empty());
  }

  /** Writes the report in this language with the defaults of {@link #of}; returns the files written. */
  public static List<Path> write(CoverageReport report, Path dir, Language language) {
    return of(language).write(report, dir);
  }

  /** This writer with roads and street names under the map. */
  public ReportWriter withBackground(MapBackground background) {
    return new ReportWriter(language, background, title, date, inputs, extras, members);
  }

  /**
   * This writer with a title for the page and {@code summary.json} (default: "Dekking van de
   * buurtpreventiegroepen: " and the dataset's name).
   */
  public ReportWriter withTitle(String title) {
    requireNonNull(title, "title");
    if (title.isBlank()) {
      throw new IllegalArgumentException("report title must not be blank");
    }
    return new ReportWriter(language, background, Optional.of(title.strip()), date, inputs, extras, members);
  }

  /** This writer with the date the report says it was made (default: today). */
  public ReportWriter withDate(LocalDate date) {
    return new ReportWriter(language, background, title, Optional.of(requireNonNull(date, "date")), inputs, extras,
        members);
  }

  /** This writer refusing a folder that holds one of these input files (the swap would delete it). */
  public ReportWriter withInputs(Collection<Path> inputs) {
    return new ReportWriter(language, background, title, date, List.copyOf(inputs), extras, members);
  }

  /**
   * This writer with one more file written into the report folder, all or nothing with the others (the planner's
   * {@code plan.html} and proposals; a member check goes in through {@link #withMembers}). With a {@code plan.html}
   * among them, each group the report advises to split links to its proposal there.
   *
   * @throws IllegalArgumentException when the name is one of {@link #FILES} or was added already
   */
  public ReportWriter withExtraFile(String name, byte[] content) {
    requireNonNull(name, "name");
    requireNonNull(content, "content");
    if (FILES.contains(name) || extras.containsKey(name) || members.isPresent() && name.equals(MemberCsv.FILE)) {
      throw new IllegalArgumentException("report file " + name + " is written already");
    }
    Map<String, byte[]> more = new LinkedHashMap<>(extras);
    more.put(name, content.clone());
    return new ReportWriter(language, background, title, date, inputs, Collections.unmodifiableMap(more), members);
  }

  /**
   * This writer with a member list's check (issue 14): {@code report.html} and {@code summary.json} show its counts
   * per group and in total, and the internal {@code members.csv} ({@link MemberCsv}) lists the offending members'
   * addresses. Counts only reach the page and the summary; no address from the member list reaches any file but
   * {@code members.csv}, and none reaches the public {@code groups.geojson} or {@code groups.kml}. The report to write
   * must be analysed from {@link MemberCheck#applyTo the dataset with the counted members}, so its capacity and rule
   * checks use them; {@link #write} refuses a report whose member counts differ.
   *
   * @throws IllegalArgumentException when a member check or {@code members.csv} was added already
   */
  public ReportWriter withMembers(MemberCheck check) {
    requireNonNull(check, "check");
    if (members.isPresent() || extras.containsKey(MemberCsv.FILE)) {
      throw new IllegalArgumentException("report file " + MemberCsv.FILE
          + " is written already: one member check per report");
    }
    return new ReportWriter(language, background, title, date, inputs, extras, Optional.of(check));
  }

  /** The input files this writer refuses to overwrite. */
  List<Path> inputs() {
    return inputs;
  }

  /** Writes the report into {@code dir}; returns the files written. */
  public List<Path> write(CoverageReport report, Path dir) {
    return write(report, dir, step -> { });
  }

  /**
   * Writes the report into {@code dir}, all or nothing, telling {@code progress} each file as it is written.
   *
   * @return the files now in {@code dir}, in the order of {@link #FILES}
   * @throws IllegalArgumentException when {@code dir} is a file, holds an input or holds foreign files
   * @throws java.io.UncheckedIOException naming the file and the operating system's reason when it cannot be
   *     written; the previous report is then left as it was
   * @throws IllegalArgumentException naming the file and the group or finding that could not be put in it
   */
  public List<Path> write(CoverageReport report, Path dir, Consumer<String> progress) {
    requireNonNull(report, "report");
    requireNonNull(dir, "dir");
    requireNonNull(progress, "progress");
    String reportTitle = title.orElseGet(() -> ReportText.defaultTitle(report.datasetName(), language));
    LocalDate day = date.orElseGet(LocalDate::now);
    members.ifPresent(check -> requireApplied(check, report));
    try (OutputDirectory out = OutputDirectory.replacing(dir, MARKER, inputs)) {
      put(out, "summary.json", progress, () -> utf8(SummaryJson.text(report, language, reportTitle, day, members)));
      put(out, "groups.csv", progress, () -> utf8(ReportTables.groups(report, language)));
      put(out, "streets.csv", progress, () -> utf8(ReportTables.streets(report, language)));
      // which gap cluster each uncovered household is in, for gaps.csv and uncovered-households.geojson: made once
      String[] clusterOf = ReportTables.gapClusterOf(report);
      double[] lonLat;
      try {
        lonLat = ReportTables.lonLat(report);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("cannot write gaps.csv of the report into " + dir + ": " + e.getMessage()
            + "; the previous report is left as it was", e);
      }
      stream(out, "gaps.csv", progress, o -> {
        Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
        ReportTables.gaps(report, language, clusterOf, lonLat, w);
        w.flush();
      });
      put(out, "gap-areas.geojson", progress, () -> ReportLayers.gapAreas(report, language));
      stream(out, "uncovered-households.geojson", progress,
          o -> ReportLayers.uncoveredHouseholds(report, clusterOf, lonLat, o));
      put(out, "overlaps.geojson", progress, () -> ReportLayers.overlaps(report));
      put(out, "shared-households.geojson", progress, () -> ReportLayers.sharedHouseholds(report));
      put(out, "qa.geojson", progress, () -> ReportLayers.qa(report, language));
      put(out, "duplicate-addresses.geojson", progress, () -> ReportLayers.duplicateAddresses(report, language));
      HtmlReport.Rendered page;
      try {
        page = HtmlReport.render(report, background, language, reportTitle, day, progress,
            extras.containsKey("plan.html"), members);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("cannot draw map.svg, map.png and report.html of the report into " + dir
            + ": " + e.getMessage() + "; the previous report is left as it was", e);
      }
      stream(out, "map.svg", progress, o -> writeUtf8(page.svg(), o));
      put(out, "map.png", progress, page::png);
      stream(out, "report.html", progress, o -> writeUtf8(page.html(), o));
      put(out, "groups.geojson", progress, () -> PublicGroupFiles.geoJson(report, language));
      put(out, "groups.kml", progress, () -> PublicGroupFiles.kml(report, language));
      if (members.isPresent()) {
        put(out, MemberCsv.FILE, progress, () -> MemberCsv.bytes(members.get()));
      }
      for (Map.Entry<String, byte[]> e : extras.entrySet()) {
        put(out, e.getKey(), progress, e::getValue);
      }
      return out.commit();
    }
  }

  /** Refuses a report analysed with other member counts than the check counted (declared counts left in place). */
  private static void requireApplied(MemberCheck check, CoverageReport report) {
    for (MemberCheck.GroupMembers g : check.groups()) {
      int inReport = report.group(g.id()).map(gc -> gc.members())
          .orElseThrow(() -> new IllegalArgumentException("member check names group '" + g.id()
              + "', which is not in the report of " + report.datasetName() + "; check the members against this report's map"));
      if (inReport != g.counted()) {
        throw new IllegalArgumentException("group '" + g.id() + "' has " + inReport + " members in the report but "
            + g.counted() + " counted in the member list (report of " + report.datasetName()
            + "); analyse memberCheck.applyTo(dataset) so the rules are checked on the counted members");
      }
    }
  }

  private static void put(OutputDirectory out, String name, Consumer<String> progress, Supplier<byte[]> content) {
    byte[] bytes;
    try {
      progress.accept("writing " + name);
      bytes = content.get();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("cannot write " + name + " of the report into " + out.target() + ": "
          + e.getMessage() + "; the previous report is left as it was", e);
    }
    out.write(name, bytes);
  }

  /** As {@link #put}, the content written straight into the file as it is made: for the files of a city's size. */
  private static void stream(OutputDirectory out, String name, Consumer<String> progress, AtomicFiles.Content content) {
    progress.accept("writing " + name);
    try {
      out.write(name, content);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("cannot write " + name + " of the report into " + out.target() + ": "
          + e.getMessage() + "; the previous report is left as it was", e);
    }
  }

  /** Writes the text as UTF-8 a piece at a time: a city's page is tens of MB, not copied into one array. */
  static void writeUtf8(String text, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    // in pieces through one buffer: the JDK's encoder copies a string written to it into a new char array (a pair
    // of surrogates cut between pieces is joined by the encoder)
    char[] piece = new char[1 << 14];
    for (int at = 0; at < text.length(); at += piece.length) {
      int n = Math.min(piece.length, text.length() - at);
      text.getChars(at, at + n, piece, 0);
      w.write(piece, 0, n);
    }
    w.flush();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "ReportWriter[" + language + ", title " + title.orElse("(default)") + ", " + inputs.size() + " inputs]";
  }
}
