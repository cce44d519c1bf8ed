package nl.dekking.examples;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.dekking.io.DataFiles;
import nl.dekking.io.ReadOptions;
import nl.dekking.model.Dataset;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.model.Neighbourhood;
import nl.dekking.model.Street;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The files of {@code report}: the addresses and groups of {@link CoverageInputs} plus optional street lines, CBS
 * neighbourhoods, the GeoPackage layer of the addresses and one municipality to keep ({@code --gemeente}). Reads
 * the groups, streets and neighbourhoods on a second thread while the addresses are read; errors still come in file
 * order.
 *
 * <p>Picocli fills the fields while parsing; not thread-safe, used once per command run.
 */
final class ReportInputs extends CoverageInputs {

  @Option(names = "--streets", paramLabel = "FILE",
      description = "Street centre lines: GeoJSON or GeoPackage (NWB). Without it, streets come from the addresses.")
  Path streets;

  @Option(names = "--neighbourhoods", paramLabel = "FILE",
      description = "CBS buurten or wijken: GeoJSON or GeoPackage, to compare with CBS household counts.")
  Path neighbourhoods;

  /** The help line of {@code --layer}, also in {@link LookupSource}. */
  static final String LAYER =
      "The GeoPackage layer of the households (default: verblijfsobject, or the only point layer).";

  @Option(names = "--layer", paramLabel = "NAME", description = LAYER)
  String layer;

  @Option(names = "--gemeente", paramLabel = "CODE|NAME",
      description = {"Keep only this municipality (GM0074 or Heerenveen): neighbourhoods and streets by the",
          "municipality they name; addresses by lying inside those neighbourhoods, and street lines by",
          "crossing them (needs --neighbourhoods)."})
  String municipality;

  /** The files given: addresses, groups, then the streets and neighbourhoods when given. */
  @Override
  List<Path> files() {
    List<Path> files = new ArrayList<>(super.files());
    for (Path p : new Path[] {streets, neighbourhoods}) {
      if (p != null) {
        files.add(p);
      }
    }
    return files;
  }

  /** The dataset these files hold, kept to {@code --gemeente} when given. */
  @Override
  Dataset load() {
    ReadOptions options = municipality == null ? ReadOptions.defaults()
        : ReadOptions.defaults().withMunicipality(municipality);
    ReadOptions householdOptions = layer == null ? options : options.withLayer(layer);
    // groups, streets and neighbourhoods are read on another thread while the households are: the household
    // reader's own thread is what a national file waits for. Errors still come in file order.
    ExecutorService background = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "dekking-read");
      t.setDaemon(true);
      return t;
    });
    try {
      Future<List<Group>> groupsRead = background.submit(
          () -> DataFiles.readGroups(groups, ReadOptions.defaults()));
      Future<List<Street>> streetsRead = background.submit(
          () -> streets == null ? List.<Street>of() : DataFiles.readStreets(streets, options));
      Future<List<Neighbourhood>> neighbourhoodsRead = background.submit(() -> neighbourhoods == null
          ? List.<Neighbourhood>of() : DataFiles.readNeighbourhoods(neighbourhoods, options));
      List<Household> read = DataFiles.readHouseholds(households, householdOptions);
      return dataset(read, result(groupsRead), result(streetsRead), result(neighbourhoodsRead));
    } finally {
      background.shutdownNow();
    }
  }

  /** What a background read returned, or what it threw, as thrown. */
  private static <T> T result(Future<T> read) {
    try {
      return read.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the input files", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private Dataset dataset(List<Household> read, List<Group> areas, List<Street> lines, List<Neighbourhood> parts) {
    Dataset dataset = new Dataset(households.getFileName().toString(), read, lines, areas, parts);
    if (municipality == null) {
      return dataset;
    }
    // BAG and INSPIRE addresses and GeoJSON street lines name no municipality: keep those inside (or crossing)
    // the municipality's neighbourhoods
    if (neighbourhoods == null) {
      throw new IllegalArgumentException("--gemeente " + municipality + " needs --neighbourhoods (CBS buurten"
          + " or wijken): addresses name no municipality, so Dekking keeps those inside its neighbourhoods");
    }
    return dataset.clippedTo(parts);
  }

  /** {@code --sample} or these files: the source of {@code report}. */
  static final class OrSample extends InputSource {
    @ArgGroup(exclusive = false)
    ReportInputs files;

    @Override
    ReportInputs inputs() {
      return files;
    }
  }
}
