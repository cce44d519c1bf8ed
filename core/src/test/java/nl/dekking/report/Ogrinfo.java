package nl.dekking.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * GDAL's {@code ogrinfo} (Debian gdal-bin) as a test oracle for the report's map layers. Skipped where GDAL is not
 * installed, unless {@code CI=true}: on CI a missing ogrinfo fails the test.
 */
final class Ogrinfo {

  static final Path OGRINFO = Path.of("/usr/bin/ogrinfo");

  private Ogrinfo() {}

  /** Skips the test without GDAL, fails it on CI. */
  static void require() {
    if (!Files.isExecutable(OGRINFO)) {
      if ("true".equals(System.getenv("CI"))) {
        fail("ogrinfo (Debian gdal-bin) is required on CI");
      }
      Assumptions.abort("ogrinfo (Debian gdal-bin) is not installed");
    }
  }

  /** ogrinfo's output for a file: its layer summaries ({@code -so}) or all features. */
  static String run(Path file, boolean summaryOnly) throws IOException, InterruptedException {
    ProcessBuilder pb = summaryOnly ? new ProcessBuilder(OGRINFO.toString(), "-ro", "-al", "-so", file.toString())
        : new ProcessBuilder(OGRINFO.toString(), "-ro", "-al", file.toString());
    Process p = pb.redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as(file.toString()).isTrue();
    assertThat(p.exitValue()).as(file.getFileName() + ": " + output).isZero();
    assertThat(output).as(file.getFileName().toString()).doesNotContain("ERROR", "Warning");
    return output;
  }

  /**
   * Checks that a GeoJSON layer reads as one layer of the expected geometry type ("Multi Polygon", "Point"); a
   * layer without any geometry has none.
   */
  static String checkLayer(Path file, String geometryType) throws IOException, InterruptedException {
    String output = run(file, true);
    assertThat(output).as(file.getFileName().toString()).containsOnlyOnce("Layer name:");
    if (output.contains("Extent: ")) {
      assertThat(output).as(file.getFileName().toString()).contains("Geometry: " + geometryType)
          .doesNotContain("Unknown (any)");
    }
    return output;
  }
}
