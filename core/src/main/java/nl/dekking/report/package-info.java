/**
 * Writes a {@link nl.dekking.analysis.CoverageReport} as files for people and programs:
 * {@link nl.dekking.report.CoverageReportWriter#write(nl.dekking.analysis.CoverageReport, java.nio.file.Path)}
 * writes {@code summary.json} (documented, stable field names), {@code groups.csv}, {@code streets.csv},
 * {@code gaps.csv} (UTF-8, {@code ;}-separated for Dutch Excel) and the map layers {@code gaps.geojson},
 * {@code overlaps.geojson} and {@code qa.geojson} (RFC 7946, WGS84).
 */
package nl.dekking.report;
