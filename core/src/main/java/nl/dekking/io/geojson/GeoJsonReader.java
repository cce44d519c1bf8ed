package nl.dekking.io.geojson;

import static java.util.Objects.requireNonNull;

import nl.dekking.io.fields.AddressFields;
import nl.dekking.io.fields.GroupFields;
import nl.dekking.io.fields.NeighbourhoodFields;
import nl.dekking.io.fields.StreetFields;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.dekking.crs.CrsTransform;
import nl.dekking.io.DataFileException;
import nl.dekking.io.ReadOptions;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.model.HouseholdList;
import nl.dekking.model.Neighbourhood;
import nl.dekking.model.Street;

/**
 * Reads households, streets, groups and neighbourhoods from GeoJSON FeatureCollections into RD New.
 *
 * <pre>{@code
 * List<Household> households = GeoJsonReader.readHouseholds(Path.of("addresses.geojson"));
 * GeoJsonReader.defaults().forEachHousehold(path, h -> count++);   // streaming, one feature in memory
 * }</pre>
 *
 * <p><b>CRS.</b> Coordinates are RFC 7946 WGS84 longitude/latitude unless the file has a named {@code crs}
 * member ({@code urn:ogc:def:crs:EPSG::28992}, as PDOK and GDAL write), which is honoured wherever it stands in
 * the file; {@link #withDefaultCrs(String)} changes the CRS assumed when there is none. Every point must lie in
 * the Netherlands after transformation to RD New: swapped latitude/longitude or an undeclared CRS are errors.
 *
 * <p><b>Properties.</b> The same names as in every other format: households: address names of BAG, INSPIRE
 * Adressen and OpenStreetMap ({@link nl.dekking.io.fields.AddressFields}); groups: {@link nl.dekking.io.fields.GroupFields};
 * streets: NWB, BAG and OpenStreetMap street names and places ({@link nl.dekking.io.fields.StreetFields}; lines without a
 * street name are left out); neighbourhoods: CBS names of every year ({@link nl.dekking.io.fields.NeighbourhoodFields};
 * {@code -99997} and its kin become an empty count; water-only areas are left out unless
 * {@link ReadOptions#includeWater()} asks for them, see {@link #neighbourhoods(Path, ReadOptions)}).
 *
 * <p><b>Errors.</b> Bad input (not JSON, not a FeatureCollection, a wrong geometry type, NaN, an unclosed ring, a
 * point outside the Netherlands, a missing house number...) raises one {@link DataFileException} naming the file,
 * the feature's index and id, and the problem. The {@code read*} methods are all-or-nothing: they return every
 * feature or throw. The {@code forEach*} methods stream: each feature is handed on as soon as it is read and
 * checked, so a consumer has seen the features before a bad one when the exception comes.
 *
 * <p><b>Memory.</b> Files are read feature by feature with Jackson's streaming parser; no tree of the file is
 * built. Because a {@code crs} member may follow the features, a file whose features come first gets a cheap
 * first pass over its top-level members (the features array skipped token by token) before the streaming pass; a
 * one-shot stream whose features come first is copied to a temporary file from the features on and read from
 * there. Either way the heap a read needs does not grow with the input. An I/O failure is an
 * {@link java.io.UncheckedIOException} naming the file.
 *
 * <p>Immutable and thread-safe; each read uses its own state.
 */
public final class GeoJsonReader {

  /** RFC 7946: longitude/latitude on WGS84. */
  public static final String RFC_7946_CRS = "urn:ogc:def:crs:OGC:1.3:CRS84";

  private static final GeoJsonReader DEFAULTS = new GeoJsonReader(RFC_7946_CRS);

  private final String defaultCrs;

  private GeoJsonReader(String defaultCrs) {
    this.defaultCrs = defaultCrs;
  }

  /** A reader that assumes RFC 7946 WGS84 when a file has no {@code crs} member. */
  public static GeoJsonReader defaults() {
    return DEFAULTS;
  }

  /**
   * A reader that assumes this CRS when a file has no {@code crs} member, for example {@code EPSG:28992} for
   * old files in RD New written without one.
   *
   * @throws IllegalArgumentException when the CRS is neither WGS84 nor RD New
   */
  public GeoJsonReader withDefaultCrs(String crsName) {
    requireNonNull(crsName, "crsName");
    CrsTransform.toRd(crsName); // fails now, not at the first read
    return new GeoJsonReader(crsName);
  }

  /** The CRS assumed when a file has no {@code crs} member. */
  public String defaultCrs() {
    return defaultCrs;
  }

  // ---- static shortcuts with the default reader

  /** The households in a file, with the {@linkplain #defaults() default reader}. */
  public static List<Household> readHouseholds(Path file) {
    return DEFAULTS.households(file);
  }

  /** The households in a stream; {@code sourceName} names it in messages. The stream is not closed. */
  public static List<Household> readHouseholds(InputStream in, String sourceName) {
    return DEFAULTS.households(in, sourceName);
  }

  /** The groups in a file, with the {@linkplain #defaults() default reader}. */
  public static List<Group> readGroups(Path file) {
    return DEFAULTS.groups(file);
  }

  /** The groups in a stream; {@code sourceName} names it in messages. The stream is not closed. */
  public static List<Group> readGroups(InputStream in, String sourceName) {
    return DEFAULTS.groups(in, sourceName);
  }

  /** The streets in a file, with the {@linkplain #defaults() default reader}. */
  public static List<Street> readStreets(Path file) {
    return DEFAULTS.streets(file);
  }

  /** The streets in a stream; {@code sourceName} names it in messages. The stream is not closed. */
  public static List<Street> readStreets(InputStream in, String sourceName) {
    return DEFAULTS.streets(in, sourceName);
  }

  /** The neighbourhoods in a file, water-only areas left out, with the {@linkplain #defaults() default reader}. */
  public static List<Neighbourhood> readNeighbourhoods(Path file) {
    return DEFAULTS.neighbourhoods(file);
  }

  /** The neighbourhoods in a stream; {@code sourceName} names it in messages. The stream is not closed. */
  public static List<Neighbourhood> readNeighbourhoods(InputStream in, String sourceName) {
    return DEFAULTS.neighbourhoods(in, sourceName);
  }

  /**
   * Every feature in a file as it stands, geometry in RD New and properties as text (nested values as JSON
   * text), with the {@linkplain #defaults() default reader}: for layers that are not households, streets, groups
   * or neighbourhoods, such as BGT street-name labels or a report's gap layer read back.
   */
  public static List<GeoJsonFeature> readFeatures(Path file) {
    return DEFAULTS.features(file);
  }

  /** Every feature in a stream, geometry in RD New and properties as text. The stream is not closed. */
  public static List<GeoJsonFeature> readFeatures(InputStream in, String sourceName) {
    return DEFAULTS.features(in, sourceName);
  }

  // ---- all-or-nothing reads

  /** Every feature in the file, in file order: geometry in RD New, properties as text. */
  public List<GeoJsonFeature> features(Path file) {
    return all(file(file), name -> new FeatureInterpreter());
  }

  /** Every feature in the stream, in stream order: geometry in RD New, properties as text. The stream is not closed. */
  public List<GeoJsonFeature> features(InputStream in, String sourceName) {
    return all(stream(in, sourceName), name -> new FeatureInterpreter());
  }

  /** Every household in the file, in file order. */
  public List<Household> households(Path file) {
    HouseholdList.Builder out = HouseholdList.builder();
    each(file(file), name -> new HouseholdInterpreter(name, true), out::add);
    return out.build();
  }

  /** Every household in the stream, in stream order. The stream is not closed. */
  public List<Household> households(InputStream in, String sourceName) {
    HouseholdList.Builder out = HouseholdList.builder();
    each(stream(in, sourceName), name -> new HouseholdInterpreter(name, true), out::add);
    return out.build();
  }

  /** Every group in the file, in file order; group ids are unique. */
  public List<Group> groups(Path file) {
    return all(file(file), name -> new GroupInterpreter());
  }

  /** Every group in the stream, in stream order; group ids are unique. The stream is not closed. */
  public List<Group> groups(InputStream in, String sourceName) {
    return all(stream(in, sourceName), name -> new GroupInterpreter());
  }

  /** Every street in the file, in file order. */
  public List<Street> streets(Path file) {
    return all(file(file), name -> new StreetInterpreter());
  }

  /** Every street in the stream, in stream order. The stream is not closed. */
  public List<Street> streets(InputStream in, String sourceName) {
    return all(stream(in, sourceName), name -> new StreetInterpreter());
  }

  /** Every neighbourhood in the file, in file order, but water-only areas. */
  public List<Neighbourhood> neighbourhoods(Path file) {
    return neighbourhoods(file, ReadOptions.defaults());
  }

  /** Every neighbourhood in the stream, in stream order, but water-only areas. The stream is not closed. */
  public List<Neighbourhood> neighbourhoods(InputStream in, String sourceName) {
    return all(stream(in, sourceName), name -> new NeighbourhoodInterpreter(ReadOptions.defaults()));
  }

  /**
   * The neighbourhoods in the file, in file order, as the GeoPackage reader reads them with these options: water-only
   * areas only when {@link ReadOptions#includeWater()}, and only those of {@link ReadOptions#municipality()} when
   * given (a feature that names no municipality is then an error). The other options do not apply to GeoJSON.
   */
  public List<Neighbourhood> neighbourhoods(Path file, ReadOptions options) {
    requireNonNull(options, "options");
    return all(file(file), name -> new NeighbourhoodInterpreter(options));
  }

  // ---- streaming reads

  /**
   * Hands each household in the file to the consumer as soon as it is read; memory stays proportional to one
   * feature whatever the file's size.
   */
  public void forEachHousehold(Path file, Consumer<? super Household> consumer) {
    each(file(file), HouseholdInterpreter::new, consumer);
  }

  /**
   * Hands each household in the stream to the consumer as soon as it is read. A stream whose features come before
   * its {@code crs} member (or that has none) is first copied to a temporary file from the features on, because a
   * later {@code crs} member would change every coordinate; heap stays proportional to one feature either way. The
   * stream is not closed.
   */
  public void forEachHousehold(InputStream in, String sourceName, Consumer<? super Household> consumer) {
    each(stream(in, sourceName), HouseholdInterpreter::new, consumer);
  }

  /** Hands each feature in the file, geometry in RD New and properties as text, to the consumer as it is read. */
  public void forEachFeature(Path file, Consumer<? super GeoJsonFeature> consumer) {
    each(file(file), name -> new FeatureInterpreter(), consumer);
  }

  /** Hands each group in the file to the consumer as soon as it is read. */
  public void forEachGroup(Path file, Consumer<? super Group> consumer) {
    each(file(file), name -> new GroupInterpreter(), consumer);
  }

  /** Hands each street in the file to the consumer as soon as it is read. */
  public void forEachStreet(Path file, Consumer<? super Street> consumer) {
    each(file(file), name -> new StreetInterpreter(), consumer);
  }

  /** Hands each neighbourhood in the file to the consumer as soon as it is read. */
  public void forEachNeighbourhood(Path file, Consumer<? super Neighbourhood> consumer) {
    each(file(file), name -> new NeighbourhoodInterpreter(ReadOptions.defaults()), consumer);
  }

  private <T> List<T> all(Named source,
      Function<String, FeatureCollectionParser.Interpreter<T>> interpreter) {
    List<T> out = new ArrayList<>();
    each(source, interpreter, out::add);
    return out;
  }

  private <T> void each(Named source, Function<String, FeatureCollectionParser.Interpreter<T>> interpreter,
      Consumer<? super T> consumer) {
    requireNonNull(consumer, "consumer");
    new FeatureCollectionParser<T>(source, defaultCrs, interpreter.apply(source.shortName()), consumer).run();
  }

  private static Named file(Path file) {
    requireNonNull(file, "file");
    Path fileName = file.getFileName();
    return new Named(DataFileException.nameOf(file), fileName == null ? file.toString() : fileName.toString(), true) {
      @Override
      public InputStream open() throws IOException {
        return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
      }
    };
  }

  private static Named stream(InputStream in, String sourceName) {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    return new Named(sourceName, sourceName, false) {
      private boolean opened;

      @Override
      public InputStream open() {
        if (opened) {
          throw new IllegalStateException("stream " + sourceName + " can be read only once");
        }
        opened = true;
        return new java.io.FilterInputStream(in) {
          @Override
          public void close() {
            // the caller owns the stream
          }
        };
      }
    };
  }

  /** A source with the name used in messages and the short name used in fallback household ids. */
  private abstract static class Named implements FeatureCollectionParser.Source {
    private final String name;
    private final String shortName;
    private final boolean reopenable;

    Named(String name, String shortName, boolean reopenable) {
      this.name = name;
      this.shortName = shortName;
      this.reopenable = reopenable;
    }

    @Override
    public String name() {
      return name;
    }

    String shortName() {
      return shortName;
    }

    @Override
    public boolean reopenable() {
      return reopenable;
    }
  }
}
