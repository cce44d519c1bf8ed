/**
 * CSV reading: address lists with RD New x/y or WGS84 lon/lat columns, as municipalities export them from
 * spreadsheets and registers. {@link nl.dekking.io.csv.CsvReader} reads them as households, all-or-nothing.
 *
 * <p>The text is RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside quotes). The separator is the one
 * of {@code ;}, {@code ,} and tab that occurs most often in the header outside quotes (Dutch spreadsheet exports
 * use {@code ;}). Text is UTF-8 (a byte-order mark is skipped); bytes that are not UTF-8 are read as
 * Windows-1252, what Excel writes on Dutch Windows.
 */
package nl.dekking.io.csv;
