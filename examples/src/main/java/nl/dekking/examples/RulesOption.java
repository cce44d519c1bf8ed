package nl.dekking.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.dekking.rules.GroupRules;
import nl.dekking.rules.GroupRulesJson;
import picocli.CommandLine.Option;

/**
 * The picocli mixin {@code --rules} of {@code report} and {@code plan}: the municipality's rules, a preset
 * ({@code heerenveen}, the default, or {@code harlingen}) or a JSON file, read by {@link #read(String)}.
 *
 * <p>Picocli fills the field while parsing; not thread-safe, used once per command run.
 */
final class RulesOption {

  private static final List<String> PRESETS = List.of("heerenveen", "harlingen");

  @Option(names = "--rules", paramLabel = "heerenveen|harlingen|FILE", defaultValue = "heerenveen",
      description = "The municipality's rules: a preset or a JSON file (default: ${DEFAULT-VALUE}).")
  String rules;

  /** The rules the option names. */
  GroupRules read() {
    return read(rules);
  }

  /** The rules file, when the rules come from one rather than a preset; no output folder may hold it. */
  List<Path> files() {
    return PRESETS.contains(rules.toLowerCase(Locale.ROOT)) ? List.of() : List.of(Path.of(rules));
  }

  /** The rules named by a {@code --rules} value: a preset, case-insensitive, or a JSON file. */
  static GroupRules read(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "heerenveen" -> GroupRules.heerenveen();
      case "harlingen" -> GroupRules.harlingen();
      default -> {
        Path file = Path.of(value);
        if (!Files.isRegularFile(file)) {
          throw new IllegalArgumentException("--rules must be heerenveen, harlingen or a JSON file; no file " + value);
        }
        yield GroupRulesJson.read(file);
      }
    };
  }
}
