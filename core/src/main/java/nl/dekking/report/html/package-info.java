/**
 * The gap report for people: {@link nl.dekking.report.html.HtmlReport} turns a
 * {@link nl.dekking.analysis.CoverageReport} into a self-contained {@code report.html} (map, key figures, a table per
 * group, areas without a group with the streets and house numbers to approach, overlaps, checks), plus
 * {@code map.svg}, {@code map.png}, {@code groups.geojson} (SimpleStyle) and {@code groups.kml}.
 *
 * <p>The readers are municipal safety officers and group admins, not programmers: the report is in Dutch by default
 * (English on request), every figure has a sentence, and every file is public output, so it holds an admin's
 * contact details only when the admin gave {@code PUBLIC} consent. The page loads nothing from elsewhere: no
 * scripts, fonts, style sheets or images by URL, and a Content-Security-Policy that forbids them.
 */
package nl.dekking.report.html;
