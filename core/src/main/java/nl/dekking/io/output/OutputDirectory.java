package nl.dekking.io.output;

import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A folder of output files written all or nothing: every file goes into a fresh staging folder beside the target
 * (created new, with a random name), and {@link #commit()} swaps the whole folder into place. Until then the
 * previous folder stays exactly as it was; {@link #close()} without a commit removes the staging folder. So a
 * failure at any step (reading, analysing, drawing, writing) leaves the previous output untouched.
 *
 * <pre>{@code
 * try (OutputDirectory out = OutputDirectory.replacing(Path.of("rapport"), MARKER, inputs)) {
 *   out.write("summary.json", bytes);
 *   out.write("map.png", stream -> png.writeTo(stream));
 *   out.commit();
 * }
 * }</pre>
 *
 * <p><b>Safety.</b> Files are created new ({@code CREATE_NEW}, never through an existing path or a symbolic
 * link), under plain names without separators. The target is refused, with the reason, when it is a file, when it
 * holds one of the inputs (the swap would delete it: {@code --out .} beside {@code groups.geojson}), or when it is
 * a folder with other content than a previous output of the same kind (recognised by its marker file), so a
 * mistyped {@code --out ~} never deletes anyone's files. The swap is two renames within the parent folder: for a
 * moment the target is absent, never half-written. Not thread-safe; one writer per target.
 */
public final class OutputDirectory implements AutoCloseable {

  private final Path target;
  private final Path staging;
  private final String marker;
  private final Set<String> written = new LinkedHashSet<>();
  private boolean committed;

  private OutputDirectory(Path target, Path staging, String marker) {
    this.target = target;
    this.staging = staging;
    this.marker = marker;
  }

  /**
   * Starts a new output folder that will replace {@code target}.
   *
   * @param target the folder to (re)place; its parent is created when missing
   * @param marker the name of the marker file that identifies this kind of output ({@code .dekking-report});
   *     written into the folder, and required in an existing non-empty target
   * @param inputs the files read for this output; none may lie inside the target
   * @throws UncheckedIOException naming the target and the reason when it cannot be used
   */
  public static OutputDirectory replacing(Path target, String marker, Collection<Path> inputs) {
    requireNonNull(target, "target");
    requireNonNull(marker, "marker");
    requireNonNull(inputs, "inputs");
    checkName(marker);
    Path absolute = target.toAbsolutePath().normalize();
    if (absolute.getParent() == null) {
      throw new UncheckedIOException(new IOException("cannot write output into " + target
          + ": it is the root of the file system; choose a new or empty folder"));
    }
    checkTarget(target, absolute, marker, inputs);
    Path parent = absolute.getParent();
    try {
      Files.createDirectories(parent);
      Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".new-");
      return new OutputDirectory(absolute, staging, marker);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write output into " + target + ": " + reason(e), e);
    }
  }

  private static void checkTarget(Path given, Path target, String marker, Collection<Path> inputs) {
    for (Path input : inputs) {
      Path in = input.toAbsolutePath().normalize();
      Path real = in;
      try {
        real = in.toRealPath();
      } catch (IOException e) {
        // an input that does not exist cannot be overwritten; compare the path as given
      }
      if (in.startsWith(target) || real.startsWith(realOrSelf(target))) {
        throw new IllegalArgumentException("output folder " + given + " holds the input " + input
            + ", which writing the output would replace; choose another folder");
      }
    }
    if (Files.isRegularFile(target) || Files.isSymbolicLink(target)) {
      throw new IllegalArgumentException("output folder " + given + " is "
          + (Files.isSymbolicLink(target) ? "a symbolic link" : "a file") + ", not a folder; choose a new or empty folder");
    }
    if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      try (Stream<Path> entries = Files.list(target)) {
        List<Path> all = entries.toList();
        if (!all.isEmpty() && !Files.isRegularFile(target.resolve(marker), LinkOption.NOFOLLOW_LINKS)) {
          throw new IllegalArgumentException("output folder " + given + " already holds " + all.size()
              + " files that Dekking did not write (no " + marker + " in it), such as "
              + all.get(0).getFileName() + "; choose a new or empty folder");
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write output into " + given + ": " + reason(e), e);
      }
    }
  }

  private static Path realOrSelf(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p;
    }
  }

  /** The folder being replaced. */
  public Path target() {
    return target;
  }

  /** Writes a new file of this name into the staging folder. */
  public void write(String name, byte[] bytes) {
    requireNonNull(bytes, "bytes");
    write(name, out -> out.write(bytes));
  }

  /**
   * Writes a new file of this name into the staging folder.
   *
   * @throws IllegalArgumentException when the name is not a plain file name or was written already
   * @throws UncheckedIOException naming the file when it cannot be written
   */
  public void write(String name, AtomicFiles.Content content) {
    requireNonNull(content, "content");
    checkName(name);
    if (committed) {
      throw new IllegalStateException("output " + target + " was committed; cannot add " + name);
    }
    if (name.equals(marker) || !written.add(name)) {
      throw new IllegalArgumentException("file " + name + " is written twice into " + target);
    }
    Path file = staging.resolve(name);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS), 1 << 16)) {
      content.writeTo(out);
    } catch (FileAlreadyExistsException e) {
      throw new IllegalStateException("file " + name + " appeared in the staging folder " + staging
          + " while Dekking wrote it", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target.resolve(name) + ": " + reason(e), e);
    }
  }

  /**
   * A subfolder of the staging folder for another writer to fill (a municipality's report inside a national one):
   * the path it will have in the staging folder, not yet created. It is swapped into place with the rest.
   *
   * @throws IllegalArgumentException when the name is not a plain file name or was used already
   */
  public Path folder(String name) {
    checkName(name);
    if (committed) {
      throw new IllegalStateException("output " + target + " was committed; cannot add " + name);
    }
    if (name.equals(marker) || !written.add(name)) {
      throw new IllegalArgumentException("folder " + name + " is written twice into " + target);
    }
    return staging.resolve(name);
  }

  /** The names written so far, in order. */
  public List<String> names() {
    return List.copyOf(written);
  }

  /**
   * Swaps the staging folder into place of the target and removes the previous output.
   *
   * @return the files now in the target, in the order written
   * @throws UncheckedIOException naming the target when the swap fails; the previous output is then kept
   */
  public List<Path> commit() {
    if (committed) {
      throw new IllegalStateException("output " + target + " was committed already");
    }
    try {
      Files.write(staging.resolve(marker), "Dekking output; this folder is replaced whole on the next run\n"
          .getBytes(java.nio.charset.StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target.resolve(marker) + ": " + reason(e), e);
    }
    try {
      Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (UnsupportedOperationException | IOException e) {
      // not a POSIX file system: the folder keeps the permissions the platform gave it
    }
    Path previous = null;
    try {
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        previous = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
        Files.delete(previous);
        move(target, previous);
      }
      move(staging, target);
      committed = true;
    } catch (IOException e) {
      if (previous != null && !Files.exists(target)) {
        try {
          move(previous, target);
          previous = null;
        } catch (IOException restore) {
          e.addSuppressed(restore);
        }
      }
      throw new UncheckedIOException("cannot put the new output in place of " + target + ": " + reason(e), e);
    }
    if (previous != null) {
      deleteTree(previous);
    }
    List<Path> files = new ArrayList<>();
    for (String name : written) {
      files.add(target.resolve(name));
    }
    return List.copyOf(files);
  }

  /** Removes the staging folder unless the output was committed. */
  @Override
  public void close() {
    if (!committed) {
      deleteTree(staging);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (NoSuchFileException e) {
      // already gone
    } catch (IOException | UncheckedIOException e) {
      // a leftover hidden folder never hides the result or the caller's own error
    }
  }

  private static void checkName(String name) {
    requireNonNull(name, "name");
    if (name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf('/') >= 0 || name.indexOf('\\') >= 0
        || name.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("output file name must be a plain file name, was '" + name + "'");
    }
  }

  /** The operating system's reason, in words: "permission denied", "not a directory", "no space left". */
  static String reason(IOException e) {
    String what = null;
    if (e instanceof java.nio.file.AccessDeniedException) {
      what = "permission denied";
    } else if (e instanceof java.nio.file.NotDirectoryException) {
      what = "a part of the path is a file, not a folder";
    } else if (e instanceof NoSuchFileException) {
      what = "no such file or folder";
    } else if (e instanceof FileAlreadyExistsException) {
      what = "it already exists";
    } else if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      what = f.getReason();
    }
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return what == null ? detail : what + " (" + detail + ")";
  }

  @Override
  public String toString() {
    return "OutputDirectory[" + target + ", " + written.size() + " files" + (committed ? ", committed]" : "]");
  }
}
