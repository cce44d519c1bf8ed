/**
 * The words of the coverage report, in Dutch and English, shared by every output (the console, {@code report.html},
 * the CSVs, {@code summary.json}) so they give the same counts in the same words: capacity and advice
 * ({@link nl.dekking.report.words.CapacityText}), map and address checks ({@link nl.dekking.report.words.FindingText})
 * and the report's own notices and dates ({@link nl.dekking.report.words.ReportText}).
 */
package nl.dekking.report.words;
