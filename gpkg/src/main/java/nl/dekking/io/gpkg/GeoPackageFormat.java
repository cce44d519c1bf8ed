package nl.dekking.io.gpkg;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.dekking.io.DataFiles;
import nl.dekking.io.FormatReader;
import nl.dekking.io.GeoPackageLayer;
import nl.dekking.io.ReadOptions;
import nl.dekking.io.fields.GroupFields;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.model.Neighbourhood;
import nl.dekking.model.Street;

/**
 * GeoPackage for {@link DataFiles}: registered as a {@link FormatReader} service, so {@code DataFiles} reads
 * {@code .gpkg} files whenever this module is on the class path. Each call opens the file, reads it with
 * {@link GeoPackageReader} and closes it.
 *
 * <p>Thread-safe and stateless.
 */
public final class GeoPackageFormat implements FormatReader {

  /** Called by {@link java.util.ServiceLoader}. */
  public GeoPackageFormat() {
  }

  @Override
  public DataFiles.Format format() {
    return DataFiles.Format.GEOPACKAGE;
  }

  @Override
  public List<GeoPackageLayer> layers(Path file) {
    return read(file, GeoPackageReader::layers);
  }

  @Override
  public List<Household> readHouseholds(Path file, ReadOptions options) {
    return read(file, r -> r.readHouseholds(options));
  }

  @Override
  public List<Group> readGroups(Path file, ReadOptions options) {
    return read(file, r -> r.readAreas(options, (props, area) -> GroupFields.read(Optional.empty(), props, area)));
  }

  @Override
  public List<Street> readStreets(Path file, ReadOptions options) {
    return read(file, r -> r.readStreets(options));
  }

  @Override
  public List<Neighbourhood> readNeighbourhoods(Path file, ReadOptions options) {
    return read(file, r -> r.readNeighbourhoods(options));
  }

  private static <T> T read(Path file, Function<GeoPackageReader, T> read) {
    try (GeoPackageReader r = GeoPackageReader.open(file)) {
      return read.apply(r);
    }
  }
}
