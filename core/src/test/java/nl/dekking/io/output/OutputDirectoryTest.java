package nl.dekking.io.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {

  static final String MARKER = ".dekking-test";

  @TempDir
  Path tmp;

  private static void writeReport(Path dir, String text) {
    try (OutputDirectory out = OutputDirectory.replacing(dir, MARKER, List.of())) {
      out.write("a.txt", text.getBytes(StandardCharsets.UTF_8));
      out.write("b.txt", text.getBytes(StandardCharsets.UTF_8));
      out.commit();
    }
  }

  @Test
  void commit_newFolder_holdsEveryFileAndTheMarker() throws IOException {
    Path dir = tmp.resolve("report");
    writeReport(dir, "one");
    assertThat(Files.readString(dir.resolve("a.txt"))).isEqualTo("one");
    assertThat(dir.resolve(MARKER)).isRegularFile();
  }

  @Test
  void failureBeforeCommit_leavesThePreviousOutputExactlyAsItWas() throws IOException {
    Path dir = tmp.resolve("report");
    writeReport(dir, "old");
    assertThatThrownBy(() -> {
      try (OutputDirectory out = OutputDirectory.replacing(dir, MARKER, List.of())) {
        out.write("a.txt", "new".getBytes(StandardCharsets.UTF_8));
        throw new IllegalStateException("drawing failed");
      }
    }).hasMessage("drawing failed");
    assertThat(Files.readString(dir.resolve("a.txt"))).isEqualTo("old");
    assertThat(Files.readString(dir.resolve("b.txt"))).isEqualTo("old");
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("report");
    }
  }

  @Test
  void commit_overPreviousOutput_replacesItWhole() throws IOException {
    Path dir = tmp.resolve("report");
    writeReport(dir, "old");
    try (OutputDirectory out = OutputDirectory.replacing(dir, MARKER, List.of())) {
      out.write("a.txt", "new".getBytes(StandardCharsets.UTF_8));
      out.commit();
    }
    assertThat(Files.readString(dir.resolve("a.txt"))).isEqualTo("new");
    assertThat(dir.resolve("b.txt")).doesNotExist();
  }

  @Test
  void replacing_folderWithForeignFiles_isRefusedAndKept() throws IOException {
    Path home = Files.createDirectories(tmp.resolve("home"));
    Files.writeString(home.resolve("thesis.docx"), "years of work");
    assertThatThrownBy(() -> OutputDirectory.replacing(home, MARKER, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Dekking did not write").hasMessageContaining("thesis.docx");
    assertThat(Files.readString(home.resolve("thesis.docx"))).isEqualTo("years of work");
  }

  @Test
  void replacing_folderHoldingAnInput_isRefused() throws IOException {
    Path dir = tmp.resolve("report");
    writeReport(dir, "old");
    Path input = Files.writeString(dir.resolve("groups.geojson"), "{}");
    assertThatThrownBy(() -> OutputDirectory.replacing(tmp.resolve("report/../report"), MARKER, List.of(input)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds the input");
    assertThat(input).exists();
  }

  @Test
  void replacing_aFile_isRefusedWithTheReason() throws IOException {
    Path file = Files.writeString(tmp.resolve("report"), "x");
    assertThatThrownBy(() -> OutputDirectory.replacing(file, MARKER, List.of()))
        .hasMessageContaining("is a file, not a folder");
  }

  @Test
  void replacing_underAFile_namesTheOperatingSystemsReason() throws IOException {
    Path file = Files.writeString(tmp.resolve("plain"), "x");
    assertThatThrownBy(() -> OutputDirectory.replacing(file.resolve("report"), MARKER, List.of()))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining(file.resolve("report").toString());
  }

  @Test
  void write_nameWithASeparatorOrTwice_isRefused() {
    try (OutputDirectory out = OutputDirectory.replacing(tmp.resolve("r"), MARKER, List.of())) {
      assertThatThrownBy(() -> out.write("../x", new byte[0])).isInstanceOf(IllegalArgumentException.class);
      out.write("a", new byte[0]);
      assertThatThrownBy(() -> out.write("a", new byte[0])).hasMessageContaining("twice");
    }
  }
}
