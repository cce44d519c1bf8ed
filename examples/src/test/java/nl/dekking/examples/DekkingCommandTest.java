package nl.dekking.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line facing hostile input: one clean line per failure, nothing that can steer a terminal. */
class DekkingCommandTest {

  record Run(int exitCode, String out, String err) {
  }

  static Run run(HeapGuard heap, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = DekkingCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), heap);
    return new Run(code, out.toString(), err.toString());
  }

  static Run run(String... args) {
    return run(HeapGuard.ofThisJvm(), args);
  }

  static final String RD = "\"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:EPSG::28992\"}}";

  static Path households(Path dir) throws Exception {
    return Files.writeString(dir.resolve("adressen.geojson"), "{\"type\": \"FeatureCollection\", " + RD
        + ", \"features\": [{\"type\": \"Feature\", \"properties\": {\"straatnaam\": \"Dorpsstraat\", \"huisnummer\":"
        + " \"1\", \"postcode\": \"6731AA\", \"woonplaats\": \"Otterlo\"}, \"geometry\": {\"type\": \"Point\","
        + " \"coordinates\": [181500, 457100]}}]}");
  }

  @Test
  void report_groupFileWithEscapesInAQuotedValue_printsOneCleanLineNamingTheFile(@TempDir Path dir) throws Exception {
    Path groups = Files.writeString(dir.resolve("groepen.geojson"), "{\"type\": \"FeatureCollection\", " + RD
        + ", \"features\": [{\"type\": \"\\u001b]0;pwned\\u0007\\u001b[2J\\u001b[31mFeature\\nline two\"}]}");

    Run r = run("report", "--households", households(dir).toString(), "--groups", groups.toString(), "--out",
        dir.resolve("out").toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).doesNotContain("\u001b", "\u0007", "pwned", "Exception", "\tat ");
    assertThat(r.err().lines().reduce((a, b) -> b).orElseThrow())
        .startsWith("dekking: " + groups + ", feature 0: feature type must be 'Feature'")
        .endsWith("was 'Feature line two'");
  }

  @Test
  void report_badFeature_printsOneLineWithoutAStackTrace(@TempDir Path dir) throws Exception {
    Path groups = Files.writeString(dir.resolve("groepen.geojson"), "{\"type\": \"FeatureCollection\", " + RD
        + ", \"features\": [{\"type\": \"Feature\", \"properties\": {\"id\": \"Noord\"}, \"geometry\": {\"type\":"
        + " \"Polygon\", \"coordinates\": [[[181000,457000],[181100,457000],[181000,457000],[181000,457000]]]}}]}");

    Run r = run("report", "--households", households(dir).toString(), "--groups", groups.toString(), "--out",
        dir.resolve("out").toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).endsWith("dekking: " + groups + ", feature 0: group 'Noord' area encloses nothing (a ring of zero"
        + " area, or a hole as large as its shell): POLYGON ((181000 457000, 181100 457000, 181000 457000, 181000 457000))"
        + System.lineSeparator());
    assertThat(r.err()).doesNotContain("\tat ", "Exception");
  }

  @Test
  void report_inputsLargerThanTheHeapAllows_saysWhichXmxBeforeReading(@TempDir Path dir) throws Exception {
    Path households = Files.write(dir.resolve("adressen.csv"), new byte[16 << 20]);

    Run r = run(new HeapGuard(32L << 20), "report", "--households", households.toString(), "--groups",
        households(dir).toString(), "--out", dir.resolve("out").toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("dekking: the input files total 16 MB; reading them needs about 96 MB of heap and"
        + " this Java has 32 MB: run with -Xmx1g (java -Xmx1g -jar dekking.jar ...)" + System.lineSeparator());
  }

  @Test
  void fail_outOfMemoryDeepInAWorker_printsTheHeapToAskFor() {
    HeapGuard heap = new HeapGuard(1L << 30);

    assertThat(HeapGuard.isOutOfMemory(new RuntimeException(new OutOfMemoryError("Java heap space")))).isTrue();
    assertThat(heap.outOfMemory()).isEqualTo("out of memory: the input needs more than the 1.0 GB of heap this Java"
        + " has; run with -Xmx2g (java -Xmx2g -jar dekking.jar ...), or limit the input (--gemeente)");
  }

  @Test
  void terminalSafeWriter_escapesAndControls_areDroppedTextKept() {
    assertThat(TerminalSafeWriter.clean("a\u001b[1;31mb\u001b]0;title\u0007c\u009b2Jd\u0000e\rf\tg\u001bMh"))
        .isEqualTo("abcdef\tgh");
    assertThat(TerminalSafeWriter.clean("Skoatterwâld \uD83D\uDC40 \uD83D!")).isEqualTo("Skoatterwâld \uD83D\uDC40 \uFFFD!");
    assertThat(TerminalSafeWriter.clean("\u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\")).isEqualTo("link");
    assertThat(TerminalSafeWriter.clean("\u001b]0;never ended\nnext line")).isEqualTo("\nnext line");
  }
}
