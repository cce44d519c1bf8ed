package nl.dekking.report.words;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.dekking.analysis.Language;

/** The report's own notices, dates and titles, in Dutch and English. Stateless. */
public final class ReportText {

  private ReportText() {}

  /** What every internal file (report.html, the CSVs, summary.json) says at its head. */
  public static String internalNotice(Language language) {
    return language == Language.EN ? "Internal — do not publish" : "Intern — niet publiceren";
  }

  /** A date as people write it: "30 november 2026", "30 November 2026". */
  public static String date(LocalDate date, Language language) {
    requireNonNull(date, "date");
    Locale locale = language == Language.EN ? Locale.UK : CapacityText.dutch();
    return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
  }

  /** The report's default title: "Dekking van de buurtpreventiegroepen: Otterlo". */
  public static String defaultTitle(String datasetName, Language language) {
    requireNonNull(datasetName, "datasetName");
    return language == Language.EN ? "Neighbourhood-watch group coverage: " + datasetName
        : "Dekking van de buurtpreventiegroepen: " + datasetName;
  }

  /** What a CBS area is called: "buurt" or "wijk" in Dutch, "neighbourhood" or "district" in English. */
  public static String neighbourhoodWord(boolean wijk, Language language) {
    if (language == Language.EN) {
      return wijk ? "District" : "Neighbourhood";
    }
    return wijk ? "Wijk" : "Buurt";
  }
}
