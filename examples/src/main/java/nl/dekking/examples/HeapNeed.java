package nl.dekking.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The heap a national run ({@code report --per-gemeente}) needs, estimated before reading, so a too-small heap gets
 * a clear "needs about N GB; run with -Xmx…" instead of an {@code OutOfMemoryError} minutes later.
 *
 * <p>The household count is estimated from the file's size and the density of records in its first megabyte
 * (lines of a CSV, {@code "Feature"} objects of a GeoJSON; other formats at {@value #BYTES_PER_OTHER_RECORD} bytes a
 * household). The heap is {@value #BASE_MB} MB plus {@value #BYTES_PER_HOUSEHOLD} bytes a household: above the most
 * heap still in use after a collection on generated national data (2.8 GB at 8.37 M households, an upper bound of
 * what is live, since young collections count old garbage not yet reclaimed; bench/README.md, "The whole country"),
 * with the households held in columns ({@link nl.dekking.model.HouseholdList}) and each municipality's made as
 * objects only while it is analysed and written. An estimate of what the run keeps, not a promise: by it 8.37 M
 * households need about 2.8 GB. Thread-safe; reads at most one megabyte.
 */
final class HeapNeed {

  static final long BASE_MB = 768;
  static final long BYTES_PER_HOUSEHOLD = 260;
  static final long BYTES_PER_OTHER_RECORD = 120;
  private static final int SAMPLE = 1 << 20;

  private HeapNeed() {
  }

  /** The households the file holds, estimated from its size and first megabyte. */
  static long households(Path file) {
    try {
      long size = Files.size(file);
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      boolean csv = name.endsWith(".csv") || name.endsWith(".txt");
      boolean geojson = name.endsWith(".geojson") || name.endsWith(".json");
      if (!csv && !geojson) {
        return size / BYTES_PER_OTHER_RECORD;
      }
      byte[] head;
      try (InputStream in = Files.newInputStream(file)) {
        head = in.readNBytes(SAMPLE);
      }
      if (head.length == 0) {
        return 0;
      }
      long records = csv ? count(head, "\n") : count(head, "\"Feature\"");
      if (head.length == size) {
        return csv ? Math.max(0, records - 1) : records;
      }
      return Math.round((double) records * size / head.length);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " to estimate the heap it needs: " + e.getMessage(), e);
    }
  }

  private static long count(byte[] bytes, String what) {
    byte[] w = what.getBytes(StandardCharsets.US_ASCII);
    long n = 0;
    outer:
    for (int i = 0; i + w.length <= bytes.length; i++) {
      for (int k = 0; k < w.length; k++) {
        if (bytes[i + k] != w[k]) {
          continue outer;
        }
      }
      n++;
    }
    return n;
  }

  /** The heap, in bytes, a national run of this many households needs. */
  static long bytesFor(long households) {
    return BASE_MB * 1024 * 1024 + households * BYTES_PER_HOUSEHOLD;
  }

  /**
   * Refuses, before reading, a national run the heap is too small for.
   *
   * @param maxHeap the heap this JVM may use ({@code Runtime.maxMemory()})
   * @throws IllegalArgumentException "needs about N GB; run with java -XmxMg …", naming the file and its households
   */
  static void check(Path households, long maxHeap) {
    long n = households(households);
    long need = bytesFor(n);
    if (need > maxHeap) {
      long gb = (need + (1L << 30) - 1) >> 30;
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "report --per-gemeente of about %,d households (%s, %,d MB) needs about %d GB of heap; this Java may use"
              + " %.1f GB: run with java -Xmx%dg -jar dekking.jar report --per-gemeente ... (the machine needs that"
              + " much free memory), or split the input by province",
          n, households.getFileName(), Files.exists(households) ? sizeMb(households) : 0, gb,
          maxHeap / (double) (1L << 30), gb + 1));
    }
  }

  private static long sizeMb(Path file) {
    try {
      return Files.size(file) >> 20;
    } catch (IOException e) {
      return 0;
    }
  }
}
