package nl.dekking.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.dekking.model.Household;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's memory is proportional to one feature, not to the file. Honest checks, none timed: how far the
 * parser has read ahead of the feature it hands on (counted in bytes on a generated stream), and the heap still
 * in use, after garbage collection, while the features of a generated 50 MB file or 25 MB stream are handed on;
 * and the heap a full read into a list needs, which must stay below the file's size.
 */
class GeoJsonStreamingTest {

  @TempDir
  static Path dir;

  private static final int FILE_FEATURES = 160_000;
  private static Path largeFile;

  /**
   * A generated file of about 50 MB, features first and no crs member: the reader must look for a later crs
   * without holding the features.
   */
  @BeforeAll
  static void writeLargeFile() throws IOException {
    largeFile = dir.resolve("large.geojson");
    try (BufferedWriter w = Files.newBufferedWriter(largeFile, StandardCharsets.UTF_8)) {
      w.write("{\"type\": \"FeatureCollection\", \"features\": [\n");
      for (int i = 0; i < FILE_FEATURES; i++) {
        w.write(i == 0 ? "" : ",\n");
        w.write(feature(i, false));
      }
      w.write("\n], \"name\": \"generated\"}\n");
    }
    assertThat(Files.size(largeFile)).isGreaterThan(40_000_000L);
  }

  private static final String CRS_RD = "\"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:EPSG::28992\"}}, ";

  /** One household feature in RD New (x, y in the Veluwe) or WGS84, about 250 bytes. */
  private static String feature(int i, boolean rd) {
    String coordinates = rd
        ? "[" + (175_000 + i % 10_000) + ".125, " + (450_000 + i / 10_000) + ".5]"
        : "[5.7" + (10_000 + i % 10_000) + ", 52.0" + (10_000 + i / 10_000) + "]";
    return "{\"type\": \"Feature\", \"id\": \"h" + i + "\", \"properties\": {\"openbare_ruimte_naam\": \"Dorpsstraat\","
        + " \"huisnummer\": " + (1 + i % 9999) + ", \"huisletter\": null, \"toevoeging\": null, \"postcode\": \"6731AB\","
        + " \"woonplaats_naam\": \"Otterlo\", \"bron\": \"gegenereerd voor de streamingtest\"}, \"geometry\":"
        + " {\"type\": \"Point\", \"coordinates\": " + coordinates + "}}";
  }

  @Test
  void forEachHousehold_streamWithCrsFirst_readsNoFurtherAheadThanOneBuffer() {
    int n = 100_000;
    GeneratedCollection in = new GeneratedCollection(n, true);
    long[] maxLead = {0};
    int[] count = {0};

    GeoJsonReader.defaults().forEachHousehold(in, "generated", h -> {
      int i = count[0]++;
      // the bytes the reader has taken from the stream beyond the end of the feature it hands on now
      maxLead[0] = Math.max(maxLead[0], in.produced - in.featureEnd[i]);
    });

    assertThat(count[0]).isEqualTo(n);
    assertThat(in.produced).isGreaterThan(20_000_000L);
    assertThat(maxLead[0]).as("read-ahead in bytes").isLessThan(16 * 1024);
  }

  @Test
  void forEachHousehold_fiftyMegabyteFileWithoutCrs_keepsHeapFarBelowFileSize() throws IOException {
    Path file = largeFile;
    int n = FILE_FEATURES;
    long fileSize = Files.size(file);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long baseline = usedAfterGc(memory);
    long[] peak = {0};
    int[] count = {0};

    GeoJsonReader.defaults().forEachHousehold(file, h -> {
      int i = count[0]++;
      if (i == n / 2 || i == n - 1) {
        peak[0] = Math.max(peak[0], usedAfterGc(memory) - baseline);
      }
    });

    assertThat(count[0]).isEqualTo(n);
    // holding the households or their raw features would take well over the file's size
    assertThat(peak[0]).as("heap in use while streaming a %d-byte file", fileSize).isLessThan(fileSize / 8);
  }

  @Test
  void forEachHousehold_streamWithoutCrs_keepsHeapFarBelowStreamSize() {
    int n = 100_000;
    GeneratedCollection in = new GeneratedCollection(n, false);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long baseline = usedAfterGc(memory);
    long[] peak = {0};
    int[] count = {0};

    // no crs member at all: a crs could still follow the features, so the reader cannot decode before the end
    GeoJsonReader.defaults().forEachHousehold(in, "generated", h -> {
      int i = count[0]++;
      if (i == n / 2 || i == n - 1) {
        peak[0] = Math.max(peak[0], usedAfterGc(memory) - baseline);
      }
    });

    assertThat(count[0]).isEqualTo(n);
    assertThat(in.produced).isGreaterThan(25_000_000L);
    assertThat(peak[0]).as("heap in use while streaming a %d-byte stream", in.produced).isLessThan(in.produced / 8);
  }

  @Test
  void readHouseholds_fiftyMegabyteFile_holdsAllHouseholdsInLessHeapThanTheFileSize() throws IOException {
    long fileSize = Files.size(largeFile);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long baseline = usedAfterGc(memory);

    List<Household> households = GeoJsonReader.readHouseholds(largeFile);
    long used = usedAfterGc(memory) - baseline;

    assertThat(households).hasSize(FILE_FEATURES);
    // about 320 bytes per feature in the file; a household with shared street, postcode and place took 135 here
    assertThat(used).as("heap holding %d households read from a %d-byte file", households.size(), fileSize)
        .isLessThan(fileSize);
  }

  private static long usedAfterGc(MemoryMXBean memory) {
    System.gc();
    System.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }

  /**
   * A FeatureCollection generated as it is read, in RD New with its crs first or in WGS84 without a crs;
   * remembers where each feature ends.
   */
  private static final class GeneratedCollection extends InputStream {
    final long[] featureEnd;
    long produced;
    private final int n;
    private final boolean rd;
    private int next;
    private byte[] chunk;
    private int pos;

    GeneratedCollection(int n, boolean rd) {
      this.n = n;
      this.rd = rd;
      this.featureEnd = new long[n];
      this.chunk = ("{\"type\": \"FeatureCollection\", " + (rd ? CRS_RD : "") + "\"features\": [")
          .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (pos == chunk.length && !refill()) {
        return -1;
      }
      int k = Math.min(len, chunk.length - pos);
      System.arraycopy(chunk, pos, b, off, k);
      pos += k;
      produced += k;
      return k;
    }

    private boolean refill() {
      if (next > n) {
        return false;
      }
      long start = produced;
      if (next == n) {
        chunk = "]}".getBytes(StandardCharsets.UTF_8);
      } else {
        chunk = ((next == 0 ? "" : ",") + feature(next, rd)).getBytes(StandardCharsets.UTF_8);
        featureEnd[next] = start + chunk.length;
      }
      next++;
      pos = 0;
      return true;
    }
  }
}
