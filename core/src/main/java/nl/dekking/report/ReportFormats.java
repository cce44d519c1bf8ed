package nl.dekking.report;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import nl.dekking.analysis.CoverageReport;
import nl.dekking.analysis.Language;
import nl.dekking.report.words.ReportText;

/**
 * The report's file formats for other writers (the planner's), so their files read like the report's:
 * {@code summary.json}'s text, and CSV tables in the report's Excel dialect. Stateless.
 */
public final class ReportFormats {

  private ReportFormats() {
  }

  /** The report's {@code summary.json} text. */
  public static String summaryJson(CoverageReport report, Language language) {
    return SummaryJson.text(report, language, ReportText.defaultTitle(report.datasetName(), language), LocalDate.now());
  }

  /**
   * The report's {@code summary.json} text with one more field after the report's own: {@code field} holding the
   * JSON value {@code json} (an object or array as text). A document that extends the summary (the planner's) so
   * holds the same fields, written the same way, and adds its own after them; its numbers keep the text they have in
   * {@code json}.
   *
   * @throws IllegalArgumentException when {@code json} is not exactly one JSON value
   */
  public static String summaryJson(CoverageReport report, Language language, String field, String json) {
    requireNonNull(field, "field");
    requireNonNull(json, "json");
    return SummaryJson.extended(report, language, ReportText.defaultTitle(report.datasetName(), language),
        LocalDate.now(), field, json);
  }

  /**
   * A CSV table in the report's Excel dialect ({@code ;}, CRLF, UTF-8 with a byte-order mark, formulas defused),
   * opening with the internal notice in this language ("Intern — niet publiceren"), as the report's tables do.
   * Fields are text or integers; format decimals with {@link #decimal(double, int)}.
   */
  public static String csv(Language language, List<String> header, List<List<?>> rows) {
    ExcelCsv table = new ExcelCsv(ReportText.internalNotice(language), header.toArray(String[]::new));
    for (List<?> row : rows) {
      table.row(row.toArray());
    }
    return table.text();
  }

  /** A decimal with a decimal comma, as the report's CSVs write it. */
  public static String decimal(double value, int decimals) {
    return ExcelCsv.decimal(value, decimals);
  }
}
