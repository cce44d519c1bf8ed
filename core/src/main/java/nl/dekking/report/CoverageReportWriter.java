package nl.dekking.report;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.analysis.Language;
import nl.dekking.io.output.AtomicFiles;

/**
 * Writes a {@link CoverageReport} into a directory:
 *
 * <ul>
 *   <li>{@code summary.json} — the whole report as JSON, fields documented in the README (section "summary.json");</li>
 *   <li>{@code groups.csv}, {@code streets.csv}, {@code gaps.csv} — tables for Excel: UTF-8 with a byte-order mark,
 *       {@code ;}-separated, decimal comma, header row (the dialect Dutch Excel opens on double-click);</li>
 *   <li>{@code gaps.geojson}, {@code overlaps.geojson}, {@code qa.geojson} — map layers, RFC 7946 WGS84.</li>
 * </ul>
 *
 * <p>All or nothing: every file is first written next to its target under a temporary name and only moved into
 * place when all were written, so a failure leaves no half-written report. The directory is created when missing;
 * existing files of the same names are replaced. Thread-safe and stateless.
 */
public final class CoverageReportWriter {

  /** The names of the files written, in the order written. */
  public static final List<String> FILES = List.of("summary.json", "groups.csv", "streets.csv", "gaps.csv",
      "gaps.geojson", "overlaps.geojson", "qa.geojson");

  private CoverageReportWriter() {
  }

  /** Writes the report in Dutch (house-number ranges "(oneven)", "(even)"); returns the files written. */
  public static List<Path> write(CoverageReport report, Path dir) {
    return write(report, dir, Language.NL);
  }

  /**
   * Writes the report with house-number ranges in this language; returns the files written.
   *
   * @throws UncheckedIOException naming the directory or file when it cannot be written
   */
  public static List<Path> write(CoverageReport report, Path dir, Language language) {
    requireNonNull(report, "report");
    requireNonNull(dir, "dir");
    requireNonNull(language, "language");
    Map<String, byte[]> contents = new LinkedHashMap<>();
    contents.put("summary.json", SummaryJson.text(report, language).getBytes(StandardCharsets.UTF_8));
    contents.put("groups.csv", ReportTables.groups(report).getBytes(StandardCharsets.UTF_8));
    contents.put("streets.csv", ReportTables.streets(report, language).getBytes(StandardCharsets.UTF_8));
    contents.put("gaps.csv", ReportTables.gaps(report).getBytes(StandardCharsets.UTF_8));
    contents.put("gaps.geojson", ReportLayers.gaps(report, language));
    contents.put("overlaps.geojson", ReportLayers.overlaps(report));
    contents.put("qa.geojson", ReportLayers.qa(report));
    return writeAll(dir, contents);
  }

  private static List<Path> writeAll(Path dir, Map<String, byte[]> contents) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create report directory " + dir + ": " + e.getMessage(), e);
    }
    List<Path> temporary = new ArrayList<>();
    List<Path> written = new ArrayList<>();
    try {
      for (Map.Entry<String, byte[]> e : contents.entrySet()) {
        Path tmp = AtomicFiles.temporarySibling(dir.resolve(e.getKey()));
        temporary.add(tmp);
        Files.write(tmp, e.getValue());
      }
      int i = 0;
      for (String name : contents.keySet()) {
        Path target = dir.resolve(name);
        AtomicFiles.replace(temporary.get(i++), target);
        written.add(target);
      }
      return List.copyOf(written);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write report into " + dir + ": " + e.getMessage(), e);
    } finally {
      temporary.forEach(AtomicFiles::deleteQuietly);
    }
  }

}
