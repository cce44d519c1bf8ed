package nl.dekking.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeapNeedTest {

  private static Path csv(Path dir, int lines) throws Exception {
    Path file = dir.resolve("households.csv");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("straatnaam;huisnummer;postcode;woonplaats;x;y\n");
      for (int i = 0; i < lines; i++) {
        w.write(String.format(Locale.ROOT, "Straat %d;%d;1234AB;Plaats;%d.25;%d.75%n", i % 977, i % 300 + 1,
            100_000 + i % 1000, 400_000 + i / 1000));
      }
    }
    return file;
  }

  @Test
  void households_smallCsv_countsItsLines(@TempDir Path dir) throws Exception {
    assertThat(HeapNeed.households(csv(dir, 1234))).isEqualTo(1234);
  }

  @Test
  void households_csvLargerThanTheSample_isEstimatedWithinTwoPercent(@TempDir Path dir) throws Exception {
    assertThat(HeapNeed.households(csv(dir, 200_000))).isBetween(196_000L, 204_000L);
  }

  @Test
  void households_geojson_countsItsFeatures(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("a.geojson"), """
        {"type": "FeatureCollection", "features": [
         {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [1, 2]}},
         {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [3, 4]}}]}
        """);
    assertThat(HeapNeed.households(file)).isEqualTo(2);
  }

  @Test
  void check_heapTooSmall_saysWhatItNeedsAndHowToRun(@TempDir Path dir) throws Exception {
    Path file = csv(dir, 200_000);

    assertThatThrownBy(() -> HeapNeed.check(file, 256L << 20)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("households.csv").hasMessageContaining("needs about 1 GB of heap")
        .hasMessageContaining("-Xmx2g");
  }

  @Test
  void check_heapLargeEnough_passes(@TempDir Path dir) throws Exception {
    Path file = csv(dir, 1000);

    assertThatCode(() -> HeapNeed.check(file, 2L << 30)).doesNotThrowAnyException();
  }

  @Test
  void report_perGemeenteUnderATinyHeapEstimate_exitsWith2BeforeReading(@TempDir Path dir) throws Exception {
    // a CSV starting with a megabyte of one-byte lines, made sparse up to a hundredth of this JVM's heap: about
    // one household a byte, so its estimate exceeds the heap whatever that is
    Path file = dir.resolve("households.csv");
    Files.writeString(file, "straatnaam;huisnummer;postcode;woonplaats;x;y\n" + "\n".repeat(1 << 20));
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file,
        java.nio.file.StandardOpenOption.WRITE)) {
      ch.write(java.nio.ByteBuffer.wrap("\n".getBytes(StandardCharsets.US_ASCII)),
          Math.max(4L << 20, Runtime.getRuntime().maxMemory() / 100));
    }
    ReportCommandTest.Run r = ReportCommandTest.run("report", "--per-gemeente", "--households", file.toString(),
        "--groups", file.toString(), "--neighbourhoods", file.toString(), "--out", dir.resolve("out").toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("needs about").contains("-Xmx").doesNotContain("OutOfMemoryError");
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
