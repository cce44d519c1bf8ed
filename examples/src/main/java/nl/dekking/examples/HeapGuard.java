package nl.dekking.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;

/**
 * Says, in one line, when the input is too large for the Java heap: before reading, from the sizes of the input
 * files (cheap: no file is opened), and after an {@link OutOfMemoryError}, with the heap to ask for instead of a
 * stack trace.
 *
 * <p>The estimate is a lower bound: read into memory, a data file takes at least {@value #BYTES_PER_FILE_BYTE}
 * times its size on disk. Measured here (heap retained after {@code DataFiles} read the file, after GC): the
 * Otterlo addresses as WGS84 GeoJSON, 684,902 bytes, retain 1.36 MB (2.0 times); as RD New GeoPackage, 419,840
 * bytes, 2.7 MB (6.5 times); the CBS wijken 2024 GeoJSON, 3.8 MB, retains 8.8 MB (2.3 times). The analysis and
 * the report need several times more on top (issue 17: a 694,000-household GeoJSON took 2 GB).
 * A run is refused up front only when even this lower bound does not fit, so no run that could succeed is
 * stopped; a run that passes the check and still runs out of memory ends with {@link #outOfMemory}'s message.
 * A compressed input (KMZ) is counted at its compressed size; its reader limits how far it may inflate.
 *
 * <p>Thread-safe and immutable.
 */
final class HeapGuard {

  /** Heap bytes per byte of input file, a lower bound over the formats Dekking reads. */
  static final long BYTES_PER_FILE_BYTE = 2;
  /** Heap the command needs besides its data (classes, index, report), in bytes. */
  static final long BASE_BYTES = 64L << 20;

  private final long maxHeap;

  HeapGuard(long maxHeap) {
    this.maxHeap = maxHeap;
  }

  /** The guard for this JVM's maximum heap ({@code -Xmx}). */
  static HeapGuard ofThisJvm() {
    return new HeapGuard(Runtime.getRuntime().maxMemory());
  }

  /**
   * Refuses inputs whose lower-bound estimate exceeds the heap.
   *
   * @throws IllegalArgumentException saying how much heap the inputs need and how to give it
   */
  void check(Collection<Path> inputs) {
    long bytes = 0;
    for (Path p : inputs) {
      try {
        if (Files.isRegularFile(p)) {
          bytes += Files.size(p);
        }
      } catch (IOException e) {
        // the reader names the file and the reason when it cannot read it
      }
    }
    long needed = BASE_BYTES + BYTES_PER_FILE_BYTE * bytes;
    if (needed > maxHeap) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "the input files total %s; reading them needs"
          + " about %s of heap and this Java has %s: run with -Xmx%dg (java -Xmx%dg -jar dekking.jar ...)",
          size(bytes), size(needed), size(maxHeap), gigabytes(needed), gigabytes(needed)));
    }
  }

  /** The one-line message for an {@link OutOfMemoryError}: the heap there was and the heap to ask for. */
  String outOfMemory() {
    long next = Math.max(2 * maxHeap, 1L << 30);
    return String.format(Locale.ROOT, "out of memory: the input needs more than the %s of heap this Java has; run"
        + " with -Xmx%dg (java -Xmx%dg -jar dekking.jar ...), or limit the input (--gemeente)", size(maxHeap),
        gigabytes(next), gigabytes(next));
  }

  /** Whether a failure is, or was caused by, running out of heap. */
  static boolean isOutOfMemory(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  private static long gigabytes(long bytes) {
    return Math.max(1, (bytes + (1L << 30) - 1) >> 30);
  }

  private static String size(long bytes) {
    if (bytes >= 1L << 30) {
      return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
    }
    return String.format(Locale.ROOT, "%d MB", Math.max(1, bytes >> 20));
  }
}
