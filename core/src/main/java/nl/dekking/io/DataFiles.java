package nl.dekking.io;

import static java.util.Objects.requireNonNull;

import nl.dekking.io.fields.GroupFields;
import nl.dekking.model.Streets;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import nl.dekking.io.csv.CsvReader;
import nl.dekking.io.geojson.GeoJsonReader;
import nl.dekking.io.kml.KmlReader;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.model.Neighbourhood;
import nl.dekking.model.Street;

/**
 * Reads a data file whatever its format, chosen by the file name's extension: the one entry point for the
 * report command and for apps that take files from users.
 *
 * <pre>{@code
 * ReadOptions options = ReadOptions.defaults().withLayer("verblijfsobject");
 * List<Household> households = DataFiles.readHouseholds(Path.of("bag-light.gpkg"), options);
 * List<Group> groups = DataFiles.readGroups(Path.of("kaart.kml"), ReadOptions.defaults());
 * List<Neighbourhood> buurten = DataFiles.readNeighbourhoods(Path.of("wijkenbuurten_2023.gpkg"),
 *     ReadOptions.defaults().withLayer("buurten").withMunicipality("GM0074"));
 * List<Street> streets = Streets.complete(DataFiles.readStreets(Path.of("nwb.gpkg"), options), households);
 * }</pre>
 *
 * <table>
 *   <caption>What each format holds</caption>
 *   <tr><th>extension</th><th>households</th><th>groups</th><th>streets</th><th>neighbourhoods</th></tr>
 *   <tr><td>.gpkg</td><td>point layer (BAG, INSPIRE)</td><td>polygon layer</td><td>line layer (NWB)</td><td>polygon layer (CBS)</td></tr>
 *   <tr><td>.geojson, .json</td><td>Points</td><td>Polygons</td><td>LineStrings</td><td>Polygons (CBS)</td></tr>
 *   <tr><td>.kml, .kmz</td><td></td><td>Placemarks with Polygons</td><td></td><td></td></tr>
 *   <tr><td>.csv, .txt</td><td>x/y or lon/lat rows</td><td></td><td></td><td></td></tr>
 * </table>
 *
 * <p>The {@linkplain ReadOptions#municipality() municipality filter} keeps the features of one municipality where
 * the source names one: CBS neighbourhoods always do (their codes contain it), NWB streets do ({@code gme_naam},
 * {@code gme_id}), a CSV or GeoPackage with a {@code gemeentecode} or {@code gemeentenaam} column does. BAG
 * addresses, GeoJSON households and streets, and group maps name no municipality and are not filtered: limit them
 * by area (the municipality's neighbourhoods) instead. Streets read from lines are merged per name and place
 * ({@link Streets#merge}); without lines, {@link Streets#fromAddresses} derives the streets from the households.
 *
 * <p>Every read is all-or-nothing and fails with one {@link DataFileException} naming the file, the feature and
 * the problem. A read that finds nothing (an empty file, layer or feature collection, or a municipality filter
 * that keeps nothing) fails too: zero households is never a result. Thread-safe and stateless.
 */
public final class DataFiles {

  /** The formats Dekking reads. */
  public enum Format {
    /** OGC GeoPackage ({@code .gpkg}); read by the module {@code dekking-gpkg}. */
    GEOPACKAGE("dekking-gpkg"),
    /** GeoJSON ({@code .geojson}, {@code .json}). */
    GEOJSON(""),
    /** KML or zipped KML ({@code .kml}, {@code .kmz}). */
    KML(""),
    /** Comma- or semicolon-separated values ({@code .csv}, {@code .txt}). */
    CSV("");

    /** The artifact that reads this format when core does not, or empty. */
    private final String module;

    Format(String module) {
      this.module = module;
    }

    /**
     * The format of a file, by its extension (case-insensitive).
     *
     * @throws DataFileException naming the file and the extensions Dekking reads
     */
    public static Format of(Path file) {
      String name = DataFileException.nameOf(file);
      String lower = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
      int dot = lower.lastIndexOf('.');
      String ext = dot < 0 ? "" : lower.substring(dot + 1);
      return switch (ext) {
        case "gpkg" -> GEOPACKAGE;
        case "geojson", "json" -> GEOJSON;
        case "kml", "kmz" -> KML;
        case "csv", "txt" -> CSV;
        default -> throw DataFileException.ofFile(name, "unknown file type "
            + (ext.isEmpty() ? "(no extension)" : "'." + ext + "'")
            + ": Dekking reads .gpkg, .geojson/.json, .kml/.kmz and .csv", null);
      };
    }
  }

  private DataFiles() {
  }

  /**
   * The feature layers of a GeoPackage with their geometry type and CRS, to choose {@code --layer} from.
   *
   * @throws DataFileException when the file is not a readable GeoPackage
   */
  public static List<GeoPackageLayer> layers(Path file) {
    Format format = checked(file, ReadOptions.defaults());
    if (format != Format.GEOPACKAGE) {
      throw DataFileException.ofFile(name(file), "only a GeoPackage (.gpkg) has layers; this is a " + format + " file", null);
    }
    return plugIn(file, format).layers(file);
  }

  /**
   * The households in a file: a GeoPackage point layer (with the BAG filter), GeoJSON Points or CSV rows.
   *
   * @throws DataFileException when the file cannot hold households or has a bad feature
   */
  public static List<Household> readHouseholds(Path file, ReadOptions options) {
    Format format = checked(file, options);
    return read(file, options, "households", () -> switch (format) {
      case GEOPACKAGE -> plugIn(file, format).readHouseholds(file, options);
      case GEOJSON -> GeoJsonReader.readHouseholds(file);
      case CSV -> CsvReader.readHouseholds(file, options);
      case KML -> throw wrongContent(file, format, "households", ".gpkg, .geojson or .csv");
    });
  }

  /**
   * The groups in a file: KML/KMZ Placemarks, GeoJSON Polygons, or a GeoPackage polygon layer, their properties
   * recognised by {@link GroupFields}. The municipality filter does not apply.
   *
   * @throws DataFileException when the file cannot hold groups or has a bad feature
   */
  public static List<Group> readGroups(Path file, ReadOptions options) {
    Format format = checked(file, options);
    return read(file, options, "groups", () -> switch (format) {
      case GEOPACKAGE -> requireDistinctIds(file, plugIn(file, format).readGroups(file, options));
      case GEOJSON -> GeoJsonReader.readGroups(file);
      case KML -> KmlReader.readGroups(file);
      case CSV -> throw wrongContent(file, format, "groups", ".kml, .geojson or .gpkg");
    });
  }

  /**
   * The streets in a file of street lines (NWB wegvakken as GeoPackage or GeoJSON), segments of one street in
   * one place merged into one street.
   *
   * @throws DataFileException when the file cannot hold streets or has a bad feature
   */
  public static List<Street> readStreets(Path file, ReadOptions options) {
    Format format = checked(file, options);
    return read(file, options, "named streets", () -> switch (format) {
      case GEOPACKAGE -> plugIn(file, format).readStreets(file, options);
      case GEOJSON -> Streets.merge(GeoJsonReader.readStreets(file));
      case KML, CSV -> throw wrongContent(file, format, "street lines", ".gpkg or .geojson (or derive streets from"
          + " the addresses)");
    });
  }

  /**
   * The CBS neighbourhoods (buurten or wijken) in a file, filtered by municipality, water-only areas left out
   * unless {@link ReadOptions#includeWater()}.
   *
   * @throws DataFileException when the file cannot hold neighbourhoods, has a bad feature, or cannot be filtered
   *     by the municipality name asked for (filter by code then)
   */
  public static List<Neighbourhood> readNeighbourhoods(Path file, ReadOptions options) {
    Format format = checked(file, options);
    return read(file, options, "neighbourhoods", () -> switch (format) {
      case GEOPACKAGE -> plugIn(file, format).readNeighbourhoods(file, options);
      case GEOJSON -> GeoJsonReader.defaults().neighbourhoods(file, options);
      case KML, CSV -> throw wrongContent(file, format, "neighbourhoods", ".gpkg or .geojson");
    });
  }

  /**
   * The reader of a format that ships in its own module ({@link FormatReader}), found with {@link ServiceLoader}
   * on the class path of this class and then of the thread's context class loader.
   *
   * @throws DataFileException naming the module to add when none is on the class path
   */
  private static FormatReader plugIn(Path file, Format format) {
    return plugIn(format, DataFiles.class.getClassLoader())
        .or(() -> plugIn(format, Thread.currentThread().getContextClassLoader()))
        .orElseThrow(() -> DataFileException.ofFile(name(file), "reading a " + format + " file needs the module "
            + format.module + " on the class path (Maven: groupId nl.dekking, artifactId " + format.module
            + "), which is not there; add that dependency, or convert the file to GeoJSON"
            + " (ogr2ogr -f GeoJSON out.geojson " + name(file) + ")", null));
  }

  private static Optional<FormatReader> plugIn(Format format, ClassLoader loader) {
    if (loader == null) {
      return Optional.empty();
    }
    for (FormatReader reader : ServiceLoader.load(FormatReader.class, loader)) {
      if (reader.format() == format) {
        return Optional.of(reader);
      }
    }
    return Optional.empty();
  }

  private static List<Group> requireDistinctIds(Path file, List<Group> groups) {
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      Integer other = seen.putIfAbsent(groups.get(i).id(), i);
      if (other != null) {
        throw new DataFileException(name(file), i, groups.get(i).id(), "group id '" + groups.get(i).id()
            + "' is also the id of feature " + other, null);
      }
    }
    return groups;
  }

  private static Format checked(Path file, ReadOptions options) {
    requireNonNull(file, "file");
    requireNonNull(options, "options");
    Format format = Format.of(file);
    if (!Files.isRegularFile(file)) {
      throw DataFileException.ofFile(name(file), "file does not exist or is not a regular file: "
          + file.toAbsolutePath(), null);
    }
    return format;
  }

  /**
   * Runs a read and refuses an empty result: a file that holds none of what was asked for (an empty layer, an
   * empty feature collection, a header-only CSV, a municipality that matches nothing) is a mistake to report,
   * never a report of zero households.
   */
  private static <T> List<T> read(Path file, ReadOptions options, String what, Supplier<List<T>> reader) {
    List<T> result;
    try {
      result = reader.get();
    } catch (UncheckedIOException e) {
      throw DataFileException.ofFile(name(file), "cannot read the file: " + e.getCause(), e);
    }
    if (result.isEmpty()) {
      String filter = options.municipality().map(m -> " of municipality " + m).orElse("");
      throw DataFileException.ofFile(name(file), "holds no " + what + filter, null);
    }
    return result;
  }

  private static DataFileException wrongContent(Path file, Format format, String what, String where) {
    return DataFileException.ofFile(name(file), "a " + format + " file does not hold " + what + " for Dekking; read "
        + what + " from " + where, null);
  }

  private static String name(Path file) {
    return DataFileException.nameOf(file);
  }
}
