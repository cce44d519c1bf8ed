/**
 * Writes a {@link nl.dekking.analysis.CoverageReport} as files for people and programs, from the report alone and
 * all or nothing: {@link nl.dekking.report.ReportWriter} is the one writer. Internal files (they say so at their
 * head): {@code summary.json} (documented, stable field names), {@code groups.csv}, {@code streets.csv},
 * {@code gaps.csv} (UTF-8, {@code ;}-separated for Dutch Excel) and {@code report.html}; map layers with one
 * geometry type each (RFC 7946, WGS84): {@code gap-areas}, {@code uncovered-households}, {@code overlaps},
 * {@code shared-households}, {@code qa} and {@code duplicate-addresses} {@code .geojson}; the map alone
 * ({@code map.svg}, {@code map.png}); and the public files {@code groups.geojson} and {@code groups.kml}, built
 * from {@link nl.dekking.model.PublicGroup}s only.
 */
package nl.dekking.report;
