package nl.dekking.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.dekking.io.output.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @Test
  void write_newFile_getsTheContentAndThePermissionsOfAPlainNewFile(@TempDir Path dir) throws IOException {
    Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
    Path file = dir.resolve("groups.geojson");
    AtomicFiles.write(file, "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(file).hasContent("{}");
    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  void write_failureHalfway_leavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("report.html"), "old");
    assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
      out.write("new, half".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    })).isInstanceOf(UncheckedIOException.class).hasMessageContaining("report.html").hasMessageContaining("disk full");
    assertThat(file).hasContent("old");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void write_linksPlantedBesideOrAtTheTarget_areNeverFollowed(@TempDir Path dir) throws IOException {
    Path outside = Files.writeString(Files.createDirectories(dir.resolve("elsewhere")).resolve("passwd"), "secret");
    Path out = Files.createDirectories(dir.resolve("out"));
    // the old predictable temporary name, and the target itself, as links to a file outside the folder
    Files.createSymbolicLink(out.resolve(".groups.geojson.tmp"), outside);
    Files.createSymbolicLink(out.resolve("groups.geojson"), outside);

    AtomicFiles.write(out.resolve("groups.geojson"), "{}".getBytes(StandardCharsets.UTF_8));

    assertThat(outside).hasContent("secret");
    assertThat(Files.isSymbolicLink(out.resolve("groups.geojson"))).isFalse();
    assertThat(out.resolve("groups.geojson")).hasContent("{}");
  }
}
