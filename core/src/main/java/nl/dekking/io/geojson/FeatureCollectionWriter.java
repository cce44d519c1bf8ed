package nl.dekking.io.geojson;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.locationtech.jts.geom.Geometry;

/**
 * Writes a GeoJSON FeatureCollection one feature at a time, so that output of any size needs memory for one
 * feature only. Geometries are given in RD New and written as the {@link GeoJsonWriter} that opened this writer
 * says: RFC 7946 WGS84 by default, rounded, with RFC 7946 ring winding. This is the general entry point for other
 * packages (gap, overlap and QA layers of an analysis report):
 *
 * <pre>{@code
 * try (FeatureCollectionWriter w = GeoJsonWriter.rfc7946().open(out)) {
 *   w.write("gap-1", polygon, Map.of("households", 12));
 * }
 * }</pre>
 *
 * <p>{@link #close()} ends the collection and flushes; it closes the underlying stream only when this writer
 * opened it. I/O failures are {@link UncheckedIOException}s. Not thread-safe.
 */
public final class FeatureCollectionWriter implements Closeable {

  private static final SerializedString TYPE = new SerializedString("type");
  private static final SerializedString FEATURE = new SerializedString("Feature");
  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString PROPERTIES = new SerializedString("properties");
  private static final SerializedString GEOMETRY = new SerializedString("geometry");

  private final JsonGenerator g;
  private final GeometryEncoder encoder;
  private boolean closed;
  private boolean failed;

  FeatureCollectionWriter(OutputStream out, boolean ownsStream, GeometryEncoder encoder, String crsName, String name) {
    this.encoder = encoder;
    try {
      g = FeatureCollectionParser.JSON.createGenerator(out, JsonEncoding.UTF8);
      g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, ownsStream);
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      if (name != null) {
        g.writeStringField("name", name);
      }
      if (crsName != null) {
        g.writeObjectFieldStart("crs");
        g.writeStringField("type", "name");
        g.writeObjectFieldStart("properties");
        g.writeStringField("name", crsName);
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeArrayFieldStart("features");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write GeoJSON: " + e.getMessage(), e);
    }
  }

  /**
   * Writes one feature.
   *
   * @param id the feature id, or null or empty for none
   * @param geometry the geometry in RD New, or null for a feature without geometry
   * @param properties the properties, in iteration order (see {@link GeoJsonFeature} for the value types)
   * @throws IllegalArgumentException when a coordinate or property value is not finite, or a point lies outside
   *     the Netherlands
   * @throws IllegalStateException after {@link #close()}, or after a feature failed (the output is then incomplete)
   */
  public FeatureCollectionWriter write(String id, Geometry geometry, Map<String, ?> properties) {
    requireNonNull(properties, "properties");
    begin(id);
    try {
      for (Map.Entry<String, ?> e : properties.entrySet()) {
        g.writeFieldName(e.getKey());
        value(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeFieldName(GEOMETRY);
      if (geometry == null) {
        g.writeNull();
      } else {
        encoder.write(g, geometry);
      }
      g.writeEndObject();
    } catch (IOException | IllegalArgumentException e) {
      throw failure(id, e);
    }
    failed = false;
    return this;
  }

  /**
   * Writes one Point feature whose properties are all text, the same bytes as {@link #write(String, Geometry, Map)}
   * with a Point and the names mapped to the values in order, without making either: for layers with a feature
   * per household (a city's uncovered households are hundreds of thousands).
   *
   * @param values one per name, in order; null writes JSON null
   * @throws IllegalArgumentException when the number of values is not that of the names, a coordinate is not
   *     finite or the point lies outside the Netherlands
   * @throws IllegalStateException as {@link #write(String, Geometry, Map)}
   */
  public FeatureCollectionWriter writePoint(String id, double x, double y, PropertyNames names, String... values) {
    return point(id, x, y, false, names, values);
  }

  /**
   * As {@link #writePoint}, for a point already in WGS84 (longitude, latitude), as {@code CrsTransform.rdToWgs84()}
   * gives it: for a caller that writes the same households to several files and transforms each once. Only for a
   * writer that writes WGS84 ({@link GeoJsonWriter#rfc7946()}).
   *
   * @throws IllegalStateException when this writer writes RD New, or as {@link #writePoint}
   */
  public FeatureCollectionWriter writePointWgs84(String id, double lon, double lat, PropertyNames names,
      String... values) {
    if (!encoder.writesWgs84()) {
      throw new IllegalStateException("this GeoJSON writer writes RD New; cannot write feature '" + id
          + "' given in WGS84");
    }
    return point(id, lon, lat, true, names, values);
  }

  private FeatureCollectionWriter point(String id, double x, double y, boolean asIs, PropertyNames names,
      String... values) {
    requireNonNull(names, "names");
    requireNonNull(values, "values");
    if (values.length != names.names.length) {
      throw new IllegalArgumentException("feature '" + id + "' has " + values.length + " property values for "
          + names.names.length + " names " + names);
    }
    begin(id);
    try {
      for (int i = 0; i < values.length; i++) {
        g.writeFieldName(names.names[i]);
        if (values[i] == null) {
          g.writeNull();
        } else {
          g.writeString(values[i]);
        }
      }
      g.writeEndObject();
      g.writeFieldName(GEOMETRY);
      encoder.point(g, x, y, asIs);
      g.writeEndObject();
    } catch (IOException | IllegalArgumentException e) {
      throw failure(id, e);
    }
    failed = false;
    return this;
  }

  /** Property names for {@link #writePoint}, encoded once. Immutable. */
  public static final class PropertyNames {
    private final SerializedString[] names;

    private PropertyNames(String[] names) {
      this.names = new SerializedString[names.length];
      for (int i = 0; i < names.length; i++) {
        this.names[i] = new SerializedString(requireNonNull(names[i], "property name"));
      }
    }

    /** These names, in the order their values are given. */
    public static PropertyNames of(String... names) {
      return new PropertyNames(names.clone());
    }

    @Override
    public String toString() {
      return java.util.Arrays.toString(names);
    }
  }

  /**
   * Starts a feature: its type, its id and the opening of its properties. The writer counts as failed until the
   * feature's end is written, so a feature cut short by an error is never followed by another.
   *
   * @throws IllegalStateException after {@link #close()} or a failed feature
   * @throws UncheckedIOException naming the feature when the start cannot be written
   */
  private void begin(String id) {
    if (closed) {
      throw new IllegalStateException("feature collection writer is closed; cannot write feature '" + id + "'");
    }
    if (failed) {
      throw new IllegalStateException("feature collection writer failed on an earlier feature; cannot write feature '"
          + id + "'");
    }
    failed = true; // until this feature is complete
    try {
      g.writeStartObject();
      g.writeFieldName(TYPE);
      g.writeString(FEATURE);
      if (id != null && !id.isEmpty()) {
        g.writeFieldName(ID);
        g.writeString(id);
      }
      g.writeFieldName(PROPERTIES);
      g.writeStartObject();
    } catch (IOException e) {
      throw failure(id, e);
    }
  }

  /** A feature's write failure, naming the feature: unchecked for I/O, else as it was. */
  private static RuntimeException failure(String id, Exception e) {
    String message = "cannot write GeoJSON feature '" + id + "': " + e.getMessage();
    return e instanceof IOException io ? new UncheckedIOException(message, io)
        : new IllegalArgumentException(message, e);
  }

  /** Writes one feature. */
  public FeatureCollectionWriter write(GeoJsonFeature feature) {
    return write(feature.id(), feature.geometry().orElse(null), feature.properties());
  }

  private void value(String key, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      g.writeNumber(((Number) v).longValue());
    } else if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException("property '" + key + "' is not a finite number: " + d);
      }
      g.writeNumber(d);
    } else if (v instanceof BigDecimal b) {
      g.writeNumber(b);
    } else if (v instanceof BigInteger b) {
      g.writeNumber(b);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Enum<?> e) {
      g.writeString(e.name());
    } else if (v instanceof Optional<?> o) {
      value(key, o.orElse(null));
    } else if (v instanceof OptionalInt o) {
      value(key, o.isPresent() ? o.getAsInt() : null);
    } else if (v instanceof OptionalLong o) {
      value(key, o.isPresent() ? o.getAsLong() : null);
    } else if (v instanceof OptionalDouble o) {
      value(key, o.isPresent() ? o.getAsDouble() : null);
    } else if (v instanceof Collection<?> c) {
      g.writeStartArray();
      for (Object o : c) {
        value(key, o);
      }
      g.writeEndArray();
    } else if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        value(key + "." + e.getKey(), e.getValue());
      }
      g.writeEndObject();
    } else {
      g.writeString(v.toString());
    }
  }

  /** Ends the collection and flushes; closes the stream when this writer opened it. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      JsonStreamContext at = g.getOutputContext();
      if (at.inArray() && at.getParent().getParent() != null && at.getParent().getParent().inRoot()) {
        g.writeEndArray(); // the features array, after the last complete feature
        g.writeEndObject();
      }
      g.close(); // after a failed feature, closes whatever is open
    } catch (IOException e) {
      throw new UncheckedIOException("cannot finish GeoJSON: " + e.getMessage(), e);
    }
  }
}
