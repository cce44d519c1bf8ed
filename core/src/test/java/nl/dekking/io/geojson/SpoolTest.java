package nl.dekking.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpoolTest {

  private static byte[] bytes(int n) {
    byte[] b = new byte[n];
    new Random(7).nextBytes(b);
    return b;
  }

  private static byte[] readAll(Spool spool) throws IOException {
    try (InputStream in = spool.open()) {
      return in.readAllBytes();
    }
  }

  @Test
  void open_smallContent_staysInMemoryAndReadsBackTwice() throws IOException {
    byte[] content = bytes(100_000);
    try (Spool spool = new Spool()) {
      spool.write(content, 0, 60_000);
      spool.write(content, 60_000, 40_000);
      spool.finish();

      assertThat(spool.onDisk()).isFalse();
      assertThat(readAll(spool)).isEqualTo(content);
      assertThat(readAll(spool)).isEqualTo(content);
    }
  }

  @Test
  void open_contentBeyondTheMemoryLimit_goesToATemporaryFileThatCloseDeletes() throws IOException {
    byte[] content = bytes(Spool.MEMORY_LIMIT + 1_000);
    Spool spool = new Spool();
    for (int off = 0; off < content.length; off += 4096) {
      spool.write(content, off, Math.min(4096, content.length - off));
    }
    spool.finish();

    assertThat(spool.onDisk()).isTrue();
    Path file = spool.file().orElseThrow();
    assertThat(Files.size(file)).isEqualTo(content.length);
    assertThat(readAll(spool)).isEqualTo(content);
    assertThat(readAll(spool)).isEqualTo(content);
    spool.close();
    assertThat(file).doesNotExist();
  }
}
