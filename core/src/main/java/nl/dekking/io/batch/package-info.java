/**
 * Internal: work on batches of records (rows of a CSV, features of a GeoJSON file) on every core while the reader
 * reads on, with the results handed on in the order the batches were read ({@link nl.dekking.io.batch.InOrder}).
 * Not part of the API.
 */
package nl.dekking.io.batch;
