package nl.dekking.examples;

import java.nio.file.Path;
import java.util.List;
import nl.dekking.io.DataFiles;
import nl.dekking.io.ReadOptions;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The two files every coverage run reads, as the options of a picocli argument group: the addresses
 * ({@code --households}) and the group areas ({@code --groups}), both required once either is given. {@code plan}
 * takes them as they are ({@link OrSample}); {@code report} adds its optional files in {@link ReportInputs}.
 *
 * <p>Picocli fills the fields while parsing; not thread-safe, used once per command run.
 */
class CoverageInputs {

  /** The help line of {@code --households}, also where the option is optional ({@link LookupSource}). */
  static final String HOUSEHOLDS = "Addresses: GeoJSON, GeoPackage (BAG, INSPIRE Adressen) or CSV.";

  /** The help line of {@code --groups}, also where the option is optional ({@link LookupSource}). */
  static final String GROUPS = "Group areas: GeoJSON, KML (Google My Maps) or GeoPackage.";

  @Option(names = "--households", required = true, paramLabel = "FILE", description = HOUSEHOLDS)
  Path households;

  @Option(names = "--groups", required = true, paramLabel = "FILE", description = GROUPS)
  Path groups;

  /** The addresses and groups in these files, named after the addresses file; no streets or neighbourhoods. */
  Dataset load() {
    List<Household> read = DataFiles.readHouseholds(households, ReadOptions.defaults());
    List<Group> areas = DataFiles.readGroups(groups, ReadOptions.defaults());
    return new Dataset(households.getFileName().toString(), read, List.of(), areas, List.of());
  }

  /** The files given, which no output folder may hold. */
  List<Path> files() {
    return List.of(households, groups);
  }

  /** {@code --sample} or these two files: the source of {@code plan}. */
  static final class OrSample extends InputSource {
    @ArgGroup(exclusive = false)
    CoverageInputs files;

    @Override
    CoverageInputs inputs() {
      return files;
    }
  }
}
