package nl.dekking.examples;

import java.nio.file.Path;
import java.util.List;
import nl.dekking.model.Dataset;
import picocli.CommandLine.Option;

/**
 * What a command analyses, as a picocli exclusive argument group: the bundled sample ({@code --sample}) or the files
 * a subclass declares as its nested group ({@link CoverageInputs} or a subclass of it). The command declares it as
 * {@code @ArgGroup(exclusive = true, multiplicity = "1")}, so exactly one of the two is given.
 *
 * <p>Picocli fills the fields while parsing; not thread-safe, used once per command run.
 */
abstract class InputSource {

  /** The help line of {@code --sample}, also where the option stands alone ({@link LookupSource}). */
  static final String SAMPLE =
      "Use the bundled sample: the real addresses of Otterlo and Wekerom with invented sample groups.";

  @Option(names = "--sample", required = true, description = SAMPLE)
  boolean sample;

  /** The files given instead of the sample; {@code null} with {@code --sample}. */
  abstract CoverageInputs inputs();

  /** The sample dataset, or the one the files hold. */
  Dataset load() {
    return sample ? SampleData.load() : inputs().load();
  }

  /** The files given (none for the sample), which no output folder may hold. */
  List<Path> files() {
    return sample ? List.of() : inputs().files();
  }
}
