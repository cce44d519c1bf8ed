package nl.dekking.io.geojson;

import static java.util.Objects.requireNonNull;

import nl.dekking.model.Streets;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import nl.dekking.crs.CrsTransform;
import nl.dekking.crs.RdNew;
import nl.dekking.io.output.AtomicFiles;
import nl.dekking.model.Audience;
import nl.dekking.io.fields.GroupFields;
import nl.dekking.model.Address;
import nl.dekking.model.Group;
import nl.dekking.model.Household;
import nl.dekking.model.Neighbourhood;
import nl.dekking.model.Street;
import org.locationtech.jts.geom.Coordinate;

/**
 * Writes households, streets, groups, neighbourhoods and any other features as GeoJSON FeatureCollections.
 *
 * <pre>{@code
 * GeoJsonWriter.writeGroups(groups, Path.of("groepen.geojson"), Audience.PUBLIC);
 * }</pre>
 *
 * <p><b>CRS.</b> By default ({@link #rfc7946()}) output is RFC 7946: WGS84 longitude/latitude transformed from
 * RD New, rounded to 7 decimals (about 1 cm), no {@code crs} member, exterior rings counter-clockwise and holes
 * clockwise. {@link #rdNew()} writes RD New metres rounded to 3 decimals (1 mm) with a named {@code crs} member
 * {@code urn:ogc:def:crs:EPSG::28992}, as PDOK and GDAL do; {@link GeoJsonReader} reads both.
 *
 * <p><b>Properties.</b> Households: feature id, {@code id}, BAG names {@code openbare_ruimte_naam},
 * {@code huisnummer}, {@code huisletter}, {@code toevoeging}, {@code postcode}, {@code woonplaats_naam} (empty
 * letter and suffix left out). Streets: {@code openbare_ruimte_naam}, {@code woonplaats_naam}, geometry
 * {@code null} when the street has no line. Groups: {@link GroupFields#write(Group, Audience)}. Neighbourhoods:
 * CBS names {@code statcode}, {@code statnaam}, {@code gemeentecode}, {@code gemeentenaam}, {@code huishoudens}
 * (left out when unknown).
 *
 * <p><b>Consent.</b> Group output is for an {@link Audience}; {@link Audience#PUBLIC}, the default, never holds
 * a contact whose consent is not {@code PUBLIC}. Municipality-internal output must be asked for explicitly.
 *
 * <p>Writing to a path goes to a temporary file in the same directory that replaces the target only when
 * complete, so a failed write leaves no half-written file. Writing to a stream does not close it. I/O failures are
 * {@link UncheckedIOException}s naming the target. Immutable and thread-safe; each write uses its own state.
 */
public final class GeoJsonWriter {

  /** The CRS name written in the {@code crs} member of RD New output. */
  public static final String RD_NEW_CRS = "urn:ogc:def:crs:EPSG::28992";

  private static final GeoJsonWriter RFC_7946 = new GeoJsonWriter(false, 7);
  private static final GeoJsonWriter RD_NEW = new GeoJsonWriter(true, 3);

  private final boolean rd;
  private final int decimals;

  private GeoJsonWriter(boolean rd, int decimals) {
    this.rd = rd;
    this.decimals = decimals;
  }

  /** RFC 7946 output: WGS84 longitude/latitude, 7 decimals. The default. */
  public static GeoJsonWriter rfc7946() {
    return RFC_7946;
  }

  /** RD New output with a named {@code crs} member, 3 decimals (millimetres). */
  public static GeoJsonWriter rdNew() {
    return RD_NEW;
  }

  /**
   * This writer with another number of decimals per ordinate.
   *
   * @throws IllegalArgumentException unless 0 to 15
   */
  public GeoJsonWriter withDecimals(int newDecimals) {
    if (newDecimals < 0 || newDecimals > 15) {
      throw new IllegalArgumentException("decimals must be 0 to 15, was " + newDecimals);
    }
    return new GeoJsonWriter(rd, newDecimals);
  }

  /** Opens a streaming writer on a stream, which is not closed when the writer is. */
  public FeatureCollectionWriter open(OutputStream out) {
    requireNonNull(out, "out");
    return new FeatureCollectionWriter(out, false, new GeometryEncoder(rd ? null : CrsTransform.rdToWgs84(), decimals),
        rd ? RD_NEW_CRS : null, null);
  }

  // ---- static shortcuts with RFC 7946 output

  /** Writes households as RFC 7946 GeoJSON. */
  public static void writeHouseholds(Iterable<Household> households, Path file) {
    RFC_7946.households(households, file);
  }

  /** Writes households as RFC 7946 GeoJSON to a stream, which is not closed. */
  public static void writeHouseholds(Iterable<Household> households, OutputStream out) {
    RFC_7946.households(households, out);
  }

  /** Writes groups as RFC 7946 GeoJSON for the public: only contacts with consent {@code PUBLIC}. */
  public static void writeGroups(Iterable<Group> groups, Path file) {
    RFC_7946.groups(groups, file, Audience.PUBLIC);
  }

  /** Writes groups as RFC 7946 GeoJSON for the public to a stream, which is not closed. */
  public static void writeGroups(Iterable<Group> groups, OutputStream out) {
    RFC_7946.groups(groups, out, Audience.PUBLIC);
  }

  /** Writes groups as RFC 7946 GeoJSON for an audience. */
  public static void writeGroups(Iterable<Group> groups, Path file, Audience audience) {
    RFC_7946.groups(groups, file, audience);
  }

  /** Writes groups as RFC 7946 GeoJSON for an audience to a stream, which is not closed. */
  public static void writeGroups(Iterable<Group> groups, OutputStream out, Audience audience) {
    RFC_7946.groups(groups, out, audience);
  }

  /** Writes streets as RFC 7946 GeoJSON. */
  public static void writeStreets(Iterable<Street> streets, Path file) {
    RFC_7946.streets(streets, file);
  }

  /** Writes streets as RFC 7946 GeoJSON to a stream, which is not closed. */
  public static void writeStreets(Iterable<Street> streets, OutputStream out) {
    RFC_7946.streets(streets, out);
  }

  /** Writes neighbourhoods as RFC 7946 GeoJSON. */
  public static void writeNeighbourhoods(Iterable<Neighbourhood> neighbourhoods, Path file) {
    RFC_7946.neighbourhoods(neighbourhoods, file);
  }

  /** Writes neighbourhoods as RFC 7946 GeoJSON to a stream, which is not closed. */
  public static void writeNeighbourhoods(Iterable<Neighbourhood> neighbourhoods, OutputStream out) {
    RFC_7946.neighbourhoods(neighbourhoods, out);
  }

  /**
   * Writes any features (geometries in RD New) as RFC 7946 GeoJSON: the general entry point for report layers.
   * For output too large to hold as a list, use {@link #open(OutputStream)}.
   */
  public static void writeFeatures(Iterable<GeoJsonFeature> features, Path file) {
    RFC_7946.features(features, file);
  }

  /** Writes any features (geometries in RD New) as RFC 7946 GeoJSON to a stream, which is not closed. */
  public static void writeFeatures(Iterable<GeoJsonFeature> features, OutputStream out) {
    RFC_7946.features(features, out);
  }

  // ---- instance methods

  /** Writes households. */
  public void households(Iterable<Household> households, Path file) {
    toFile(file, out -> households(households, out));
  }

  /** Writes households to a stream, which is not closed. */
  public void households(Iterable<Household> households, OutputStream out) {
    writeAll(households, "households", out, (w, h) ->
        w.write(h.id(), RdNew.GEOMETRY_FACTORY.createPoint(new Coordinate(h.x(), h.y())), householdProperties(h)));
  }

  /** Writes groups for an audience. */
  public void groups(Iterable<Group> groups, Path file, Audience audience) {
    toFile(file, out -> groups(groups, out, audience));
  }

  /** Writes groups for an audience to a stream, which is not closed. */
  public void groups(Iterable<Group> groups, OutputStream out, Audience audience) {
    requireNonNull(audience, "audience");
    writeAll(groups, "groups", out, (w, g) -> w.write(g.id(), g.area(), GroupFields.write(g, audience)));
  }

  /** Writes streets. */
  public void streets(Iterable<Street> streets, Path file) {
    toFile(file, out -> streets(streets, out));
  }

  /** Writes streets to a stream, which is not closed. */
  public void streets(Iterable<Street> streets, OutputStream out) {
    writeAll(streets, "streets", out, (w, s) -> {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("openbare_ruimte_naam", s.name());
      p.put("woonplaats_naam", s.place());
      w.write(null, s.line().orElse(null), p);
    });
  }

  /** Writes neighbourhoods. */
  public void neighbourhoods(Iterable<Neighbourhood> neighbourhoods, Path file) {
    toFile(file, out -> neighbourhoods(neighbourhoods, out));
  }

  /** Writes neighbourhoods to a stream, which is not closed. */
  public void neighbourhoods(Iterable<Neighbourhood> neighbourhoods, OutputStream out) {
    writeAll(neighbourhoods, "neighbourhoods", out, (w, n) -> w.write(n.code(), n.area(), neighbourhoodProperties(n)));
  }

  /** Writes any features (geometries in RD New). */
  public void features(Iterable<GeoJsonFeature> features, Path file) {
    toFile(file, out -> features(features, out));
  }

  /** Writes any features (geometries in RD New) to a stream, which is not closed. */
  public void features(Iterable<GeoJsonFeature> features, OutputStream out) {
    writeAll(features, "features", out, FeatureCollectionWriter::write);
  }

  /** One feature collection with a feature per item; the writer is closed, the stream is not. */
  private <T> void writeAll(Iterable<T> items, String what, OutputStream out,
      BiConsumer<FeatureCollectionWriter, T> feature) {
    requireNonNull(items, what);
    try (FeatureCollectionWriter w = open(out)) {
      for (T item : items) {
        feature.accept(w, item);
      }
    }
  }

  private static Map<String, Object> neighbourhoodProperties(Neighbourhood n) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("statcode", n.code());
    p.put("statnaam", n.name());
    if (!n.municipalityCode().isEmpty()) {
      p.put("gemeentecode", n.municipalityCode());
    }
    if (!n.municipalityName().isEmpty()) {
      p.put("gemeentenaam", n.municipalityName());
    }
    if (n.reportedHouseholds().isPresent()) {
      p.put("huishoudens", n.reportedHouseholds().getAsInt());
    }
    return p;
  }

  private static Map<String, Object> householdProperties(Household h) {
    Address a = h.address();
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("id", h.id());
    p.put("openbare_ruimte_naam", a.street());
    p.put("huisnummer", a.houseNumber());
    if (!a.letter().isEmpty()) {
      p.put("huisletter", a.letter());
    }
    if (!a.suffix().isEmpty()) {
      p.put("toevoeging", a.suffix());
    }
    p.put("postcode", a.postcode());
    p.put("woonplaats_naam", a.place());
    return p;
  }

  private interface StreamWrite {
    void to(OutputStream out);
  }

  private static void toFile(Path file, StreamWrite write) {
    AtomicFiles.write(file, write::to);
  }
}
