package nl.dekking.io.output;

import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers see the old file or the whole new one, never half of it: the content goes to a
 * hidden sibling ({@code .name.tmp}) that then replaces the target by an atomic move (a plain move where the file
 * system has none). The sibling is created as a plain new file, so the result gets the usual permissions
 * ({@code Files.createTempFile} would make it private to its owner). On failure the sibling is removed and the
 * target left as it was. Stateless and thread-safe; two writers of one file at once are not supported.
 */
public final class AtomicFiles {

  /** What to write into the file. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFiles() {
  }

  /**
   * Writes the content to {@code file}, replacing it whole.
   *
   * @throws UncheckedIOException naming the file when it cannot be written
   */
  public static void write(Path file, Content content) {
    requireNonNull(file, "file");
    requireNonNull(content, "content");
    Path tmp = temporarySibling(file);
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        content.writeTo(out);
      }
      replace(tmp, file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    } finally {
      deleteQuietly(tmp);
    }
  }

  /** Writes these bytes to {@code file}, replacing it whole. */
  public static void write(Path file, byte[] bytes) {
    requireNonNull(bytes, "bytes");
    write(file, out -> out.write(bytes));
  }

  /** The hidden sibling a new version of {@code file} is written to: {@code .name.tmp} in the same folder. */
  public static Path temporarySibling(Path file) {
    Path absolute = file.toAbsolutePath();
    return absolute.resolveSibling("." + absolute.getFileName() + ".tmp");
  }

  /** Moves a written sibling over the target, atomically where the file system can. */
  public static void replace(Path written, Path target) throws IOException {
    try {
      Files.move(written, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(written, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Removes a leftover sibling; a failure to do so never hides the error that caused it. */
  public static void deleteQuietly(Path tmp) {
    try {
      Files.deleteIfExists(tmp);
    } catch (IOException ignored) {
      // the file is hidden and named as temporary; the caller's own error, if any, is what matters
    }
  }
}
