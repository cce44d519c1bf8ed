package nl.dekking.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README must tell the truth: its commands and its Java example are the ones the build checks. */
class ReadmeTest {

  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  @Test
  void readme_opensWithTheTwoCommands() throws IOException {
    List<String> lines = Files.readAllLines(ROOT.resolve("README.md"));
    List<String> firstBlock = lines.stream().dropWhile(l -> !l.startsWith("```")).skip(1)
        .takeWhile(l -> !l.startsWith("```")).toList();
    assertThat(firstBlock).containsExactly(
        "./mvnw -q package -DskipTests && java -jar examples/target/dekking.jar report --sample",
        "./mvnw verify");
    assertThat(Files.readString(ROOT.resolve(".ci/run"))).contains("\n./mvnw verify\n");
  }

  @Test
  void readme_javaExample_isTheCompiledEmbeddingExample() throws IOException {
    String source = Files.readString(ROOT.resolve("examples/src/main/java/nl/dekking/examples/EmbeddingExample.java"));
    String body = source.substring(source.indexOf("// README-EXAMPLE-START") + "// README-EXAMPLE-START".length(),
        source.indexOf("    // README-EXAMPLE-END"));
    String expected = body.lines().map(l -> l.length() >= 4 ? l.substring(4) : l).collect(Collectors.joining("\n")).strip();
    assertThat(Files.readString(ROOT.resolve("README.md"))).contains(expected);
  }
}
