/**
 * Internal: writing files so that a reader never sees a half-written one. {@link nl.dekking.io.output.AtomicFiles}
 * replaces one file through a new temporary file beside it; {@link nl.dekking.io.output.OutputDirectory} builds a
 * whole folder of files beside its target and swaps it into place only when every file was written;
 * {@link nl.dekking.io.output.JsonCopy} copies JSON with its numbers as they were written. Not API: left
 * out of the published javadoc.
 */
package nl.dekking.io.output;
