package nl.dekking.io;

import java.nio.file.Path;
import java.util.List;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.model.Neighbourhood;
import nl.dekking.model.Street;

/**
 * A reader of one file format that ships in its own module, found by {@link DataFiles} with
 * {@link java.util.ServiceLoader}: the GeoPackage reader lives in {@code nl.dekking:dekking-gpkg}, so an app that
 * reads no GeoPackage does not carry SQLite. An implementation is registered in
 * {@code META-INF/services/nl.dekking.io.FormatReader} and has a public no-argument constructor.
 *
 * <p>Each read follows the {@link DataFiles} contract: all-or-nothing, every problem a {@link DataFileException}
 * naming the file, the feature and the reason. {@link DataFiles} itself refuses an empty result and duplicate
 * group ids, so an implementation need not. Implementations are thread-safe and stateless.
 */
public interface FormatReader {

  /** The format this reader reads. */
  DataFiles.Format format();

  /** The feature layers of the file, for formats with layers; an empty list otherwise. */
  List<GeoPackageLayer> layers(Path file);

  /** The households in the file. */
  List<Household> readHouseholds(Path file, ReadOptions options);

  /** The groups in the file. */
  List<Group> readGroups(Path file, ReadOptions options);

  /** The streets in the file, segments of one street in one place merged. */
  List<Street> readStreets(Path file, ReadOptions options);

  /** The neighbourhoods in the file. */
  List<Neighbourhood> readNeighbourhoods(Path file, ReadOptions options);
}
