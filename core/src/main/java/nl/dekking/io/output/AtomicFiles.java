package nl.dekking.io.output;

import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file so that readers see the old file or the whole new one, never half of it: the content goes to a
 * new hidden sibling with a random name ({@code .name.123456789.tmp}, created new: never an existing path, never
 * through a symbolic link) that then replaces the target by an atomic move (a plain move where the file system has
 * none). The sibling gets the usual permissions ({@code rw-r--r--}) before the move, so the result is not private
 * to its owner. On failure the sibling is removed and the target left as it was. Stateless and thread-safe; two
 * writers of one file at once are not supported.
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
    Path tmp = null;
    try {
      tmp = temporarySibling(file);
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.WRITE,
          LinkOption.NOFOLLOW_LINKS), 1 << 16)) {
        content.writeTo(out);
      }
      try {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the file keeps the permissions the platform gave it
      }
      replace(tmp, file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + OutputDirectory.reason(e), e);
    } finally {
      if (tmp != null) {
        deleteQuietly(tmp);
      }
    }
  }

  /** Writes these bytes to {@code file}, replacing it whole. */
  public static void write(Path file, byte[] bytes) {
    requireNonNull(bytes, "bytes");
    write(file, out -> out.write(bytes));
  }

  /**
   * Creates the new, empty hidden sibling a new version of {@code file} is written to: {@code .name.RANDOM.tmp} in
   * the same folder, created new (it never opens an existing file or follows a link).
   */
  static Path temporarySibling(Path file) throws IOException {
    Path absolute = file.toAbsolutePath();
    return Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
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
