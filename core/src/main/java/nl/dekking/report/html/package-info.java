/**
 * The gap report for people: {@link nl.dekking.report.html.HtmlReport} renders a
 * {@link nl.dekking.analysis.CoverageReport} into a self-contained {@code report.html} (map, key figures, a table per
 * group, areas without a group with the streets and house numbers to approach, overlaps, checks) and the map as
 * {@code map.svg} and {@code map.png}; {@link nl.dekking.report.ReportWriter} writes them with the other files.
 *
 * <p>The readers are municipal safety officers and the police, not programmers: the report is in Dutch by default
 * (English on request), every figure has a sentence, and the page is internal: it says "Intern — niet publiceren"
 * at the top and shows contacts with consent {@code PUBLIC} or {@code MUNICIPALITY_ONLY}, never {@code NONE}. The
 * page loads nothing from elsewhere: no scripts, fonts, style sheets or images by URL, and a
 * Content-Security-Policy that forbids them.
 */
package nl.dekking.report.html;
