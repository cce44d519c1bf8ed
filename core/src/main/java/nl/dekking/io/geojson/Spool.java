package nl.dekking.io.geojson;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Holds the rest of a one-shot stream so that it can be read twice: in memory up to {@link #MEMORY_LIMIT} bytes
 * (small inputs such as classpath resources never touch the disk), beyond that in a temporary file that
 * {@link #close()} deletes. Heap use is therefore at most about twice the limit, whatever the stream's size.
 *
 * <p>Write everything, call {@link #finish()}, then {@link #open()} as often as needed. Not thread-safe.
 */
final class Spool extends OutputStream {

  /** The most bytes held in memory before the spool moves to a temporary file. */
  static final int MEMORY_LIMIT = 8 << 20;

  private ByteArrayOutputStream memory = new ByteArrayOutputStream(1 << 16);
  private byte[] bytes;
  private Path file;
  private OutputStream fileOut;

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (file == null && memory.size() + len > MEMORY_LIMIT) {
      file = Files.createTempFile("dekking-geojson-", ".json");
      fileOut = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
      memory.writeTo(fileOut);
      memory = null;
    }
    if (file == null) {
      memory.write(b, off, len);
    } else {
      fileOut.write(b, off, len);
    }
  }

  /** Ends writing. */
  void finish() throws IOException {
    if (file == null) {
      bytes = memory.toByteArray();
      memory = null;
    } else {
      fileOut.close();
    }
  }

  /** Whether the spool went to a temporary file. */
  boolean onDisk() {
    return file != null;
  }

  /** The temporary file, when the spool went to one. */
  java.util.Optional<Path> file() {
    return java.util.Optional.ofNullable(file);
  }

  /** A new stream over everything written. */
  InputStream open() throws IOException {
    return file == null ? new ByteArrayInputStream(bytes) : new BufferedInputStream(Files.newInputStream(file), 1 << 16);
  }

  /** Deletes the temporary file, if any. */
  @Override
  public void close() throws IOException {
    if (file != null) {
      if (fileOut != null) {
        fileOut.close();
      }
      Files.deleteIfExists(file);
    }
    bytes = null;
  }
}
