/**
 * CSV reading: address lists with RD New x/y or WGS84 lon/lat columns, as municipalities export them from
 * spreadsheets and registers. {@link nl.dekking.io.csv.CsvReader} reads them as households, all-or-nothing.
 */
package nl.dekking.io.csv;
