package nl.dekking.io.geojson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.dekking.crs.CrsTransform;
import nl.dekking.io.DataFileException;
import nl.dekking.io.geojson.RawGeometry.Positions;

/**
 * Reads a GeoJSON FeatureCollection feature by feature with Jackson's streaming {@link JsonParser}; no tree of the
 * file is ever built, so memory is proportional to one feature, not to the file.
 *
 * <p><b>The {@code crs} member.</b> JSON object members are unordered, so a (pre-RFC 7946) {@code crs} member may
 * follow {@code features}. When the CRS is known before the first feature (the {@code crs} member comes first, as
 * GDAL and PDOK write it) features are decoded as they are read. When {@code features} comes first and the source
 * can be opened again (a file), a cheap first pass over the top-level members only (the features array is
 * skipped token by token with {@link JsonParser#skipChildren()}, constant memory) looks for a later {@code crs};
 * the second pass then streams. When the source is a one-shot stream, features are kept in their raw parsed form
 * (packed {@code double} coordinates and property text) until the end of the collection and decoded then: memory
 * proportional to the collection, about its size in the file. Without any {@code crs} member the default CRS of
 * the reader applies (RFC 7946: WGS84).
 *
 * <p>A feature is decoded in full before it is handed on; a bad feature stops the read with a
 * {@link DataFileException} naming the file, the feature's index and id, and the problem.
 *
 * <p>Not thread-safe; one instance per read.
 */
final class FeatureCollectionParser<T> {

  static final JsonFactory JSON = JsonFactory.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS) // so that NaN is reported as a bad coordinate, not as bad JSON
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .build();

  /** Turns a parsed feature into a model value; throws IllegalArgumentException for bad content. */
  interface Interpreter<T> {
    T interpret(RawFeature feature, GeometryDecoder decoder);
  }

  /** Where the features come from. */
  interface Source {
    /** The name used in messages: a path or a caller-given name. */
    String name();

    InputStream open() throws IOException;

    /** Whether {@link #open()} may be called more than once. */
    boolean reopenable();
  }

  private final Source source;
  private final String defaultCrs;
  private final Interpreter<T> interpreter;
  private final Consumer<? super T> consumer;

  private String crsName;
  private boolean crsKnown;
  private boolean featuresSeen;
  private GeometryDecoder decoder;
  private List<RawFeature> buffer;
  private long index = -1;
  private String id = "";

  FeatureCollectionParser(Source source, String defaultCrs, Interpreter<T> interpreter, Consumer<? super T> consumer) {
    this.source = source;
    this.defaultCrs = defaultCrs;
    this.interpreter = interpreter;
    this.consumer = consumer;
  }

  /** Reads the whole collection, handing each interpreted feature to the consumer in file order. */
  void run() {
    try (InputStream in = source.open(); JsonParser p = JSON.createParser(in)) {
      collection(p);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new DataFileException(source.name(), index, id, "not valid JSON" + where + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source.name() + ": " + e.getMessage(), e);
    }
  }

  private void collection(JsonParser p) throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw fileProblem("is empty, expected a GeoJSON FeatureCollection");
    }
    if (t != JsonToken.START_OBJECT) {
      throw fileProblem("is not a GeoJSON FeatureCollection: it starts with " + describe(p, t));
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      t = p.nextToken();
      switch (name) {
        case "type" -> {
          String type = p.getValueAsString();
          if (!"FeatureCollection".equals(type)) {
            throw fileProblem("is not a GeoJSON FeatureCollection: its type is " + describe(p, t));
          }
        }
        case "crs" -> {
          String declared = crs(p);
          if (!crsKnown) {
            crsName = declared;
            crsKnown = true;
          }
        }
        case "features" -> features(p);
        default -> p.skipChildren();
      }
    }
    if (p.nextToken() != null) {
      throw fileProblem("has content after the end of the FeatureCollection");
    }
    if (!featuresSeen) {
      throw fileProblem("has no 'features' member: not a GeoJSON FeatureCollection");
    }
    if (buffer != null) {
      decoder = decoder();
      for (RawFeature f : buffer) {
        deliver(f);
      }
      buffer = null;
    }
  }

  private void features(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw fileProblem("'features' must be an array, was " + describe(p, p.currentToken()));
    }
    featuresSeen = true;
    if (!crsKnown && source.reopenable()) {
      crsName = prescanCrs();
      crsKnown = true;
    }
    if (crsKnown) {
      decoder = decoder();
    } else {
      buffer = new ArrayList<>();
    }
    long i = 0;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      index = i;
      id = "";
      if (t != JsonToken.START_OBJECT) {
        throw new DataFileException(source.name(), i, "", "feature is not an object but " + describe(p, t), null);
      }
      RawFeature f = feature(p, i);
      if (buffer != null) {
        buffer.add(f);
      } else {
        deliver(f);
      }
      i++;
    }
    index = -1;
    id = "";
  }

  private void deliver(RawFeature f) {
    T value;
    try {
      value = interpreter.interpret(f, decoder);
    } catch (DataFileException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new DataFileException(source.name(), f.index(), f.id(), e.getMessage(), e);
    }
    consumer.accept(value);
  }

  private RawFeature feature(JsonParser p, long i) throws IOException {
    Map<String, String> properties = Map.of();
    RawGeometry geometry = null;
    String type = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      switch (name) {
        case "type" -> type = p.getValueAsString();
        case "id" -> {
          id = t == JsonToken.VALUE_NULL ? "" : p.getText();
          if (!t.isScalarValue()) {
            throw new DataFileException(source.name(), i, "", "feature id must be a string or a number", null);
          }
        }
        case "properties" -> properties = properties(p, i);
        case "geometry" -> geometry = t == JsonToken.VALUE_NULL ? null : geometry(p, i);
        default -> p.skipChildren();
      }
    }
    if (!"Feature".equals(type)) {
      throw new DataFileException(source.name(), i, id,
          "feature type must be 'Feature', was " + (type == null ? "missing" : "'" + type + "'"), null);
    }
    return new RawFeature(i, id, properties, geometry);
  }

  private Map<String, String> properties(JsonParser p, long i) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return Map.of();
    }
    if (t != JsonToken.START_OBJECT) {
      throw new DataFileException(source.name(), i, id, "properties must be an object, was " + describe(p, t), null);
    }
    Map<String, String> out = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      if (v == JsonToken.VALUE_NULL) {
        continue;
      }
      if (v.isScalarValue()) {
        out.put(name, p.getText());
      } else {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
          g.copyCurrentStructure(p);
        }
        out.put(name, w.toString());
      }
    }
    return out;
  }

  private RawGeometry geometry(JsonParser p, long i) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw new DataFileException(source.name(), i, id, "geometry must be an object or null, was "
          + describe(p, p.currentToken()), null);
    }
    String type = null;
    Object coordinates = null;
    String problem = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      if (name.equals("type")) {
        type = p.getValueAsString();
      } else if (name.equals("coordinates")) {
        if (t != JsonToken.START_ARRAY) {
          problem = "coordinates must be an array, were " + describe(p, t);
          p.skipChildren();
        } else {
          CoordinateReader reader = new CoordinateReader(p);
          coordinates = reader.read();
          problem = reader.problem;
        }
      } else {
        p.skipChildren();
      }
    }
    return new RawGeometry(type, coordinates, problem);
  }

  private String crs(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.START_OBJECT) {
      throw fileProblem("crs must be an object, was " + describe(p, t));
    }
    String type = null;
    String name = null;
    String code = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String member = p.currentName();
      JsonToken v = p.nextToken();
      if (member.equals("type")) {
        type = p.getValueAsString();
      } else if (member.equals("properties") && v == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String prop = p.currentName();
          p.nextToken();
          if (prop.equals("name")) {
            name = p.getValueAsString();
          } else if (prop.equals("code")) {
            code = p.getValueAsString();
          } else {
            p.skipChildren();
          }
        }
      } else {
        p.skipChildren();
      }
    }
    if ("name".equalsIgnoreCase(String.valueOf(type)) && name != null) {
      return name;
    }
    if ("EPSG".equalsIgnoreCase(String.valueOf(type)) && code != null) {
      return "EPSG:" + code;
    }
    throw fileProblem("crs member is not supported: only a named crs ({\"type\": \"name\", \"properties\": {\"name\":"
        + " \"urn:ogc:def:crs:EPSG::28992\"}}) or an EPSG code is understood, found type " + type);
  }

  /** A first pass over the top-level members only, for a crs member after the features. */
  private String prescanCrs() throws IOException {
    try (InputStream in = source.open(); JsonParser p = JSON.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals("crs")) {
          return crs(p);
        }
        p.skipChildren();
      }
      return null;
    } catch (JsonProcessingException e) {
      return null; // the streaming pass meets the same error and reports it with the feature it is in
    }
  }

  private GeometryDecoder decoder() {
    String name = crsName == null ? defaultCrs : crsName;
    try {
      return new GeometryDecoder(CrsTransform.toRd(name));
    } catch (IllegalArgumentException e) {
      throw DataFileException.ofFile(source.name(), e.getMessage(), e);
    }
  }

  private DataFileException fileProblem(String problem) {
    return DataFileException.ofFile(source.name(), problem, null);
  }

  private static String describe(JsonParser p, JsonToken t) throws IOException {
    if (t == null) {
      return "the end of the file";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "the string '" + p.getText() + "'";
      case VALUE_NULL -> "null";
      default -> t.isScalarValue() ? "the value " + p.getText() : t.asString() == null ? t.name() : t.asString();
    };
  }

  /**
   * Reads nested coordinate arrays; a bad value is recorded in {@link #problem} and the rest of the array is
   * consumed, so parsing can go on to the feature's id.
   */
  private static final class CoordinateReader {
    private final JsonParser p;
    String problem;

    CoordinateReader(JsonParser p) {
      this.p = p;
    }

    /** Reads from the current START_ARRAY to its END_ARRAY. */
    Object read() throws IOException {
      JsonToken t = p.nextToken();
      if (t == JsonToken.END_ARRAY) {
        return List.of();
      }
      if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        return position(t);
      }
      if (t != JsonToken.START_ARRAY) {
        return bad("coordinates must be numbers, found " + describe(p, t));
      }
      Object first = read();
      if (first instanceof double[] pos) {
        double[] xy = new double[16];
        int n = 0;
        xy[n++] = pos[0];
        xy[n++] = pos[1];
        while ((t = p.nextToken()) == JsonToken.START_ARRAY) {
          Object next = read();
          if (!(next instanceof double[] q)) {
            fail("coordinates mix positions and nested lists");
            continue;
          }
          if (n == xy.length) {
            xy = Arrays.copyOf(xy, n * 2);
          }
          xy[n++] = q[0];
          xy[n++] = q[1];
        }
        if (t != JsonToken.END_ARRAY) {
          return bad("coordinates mix positions and " + describe(p, t));
        }
        return new Positions(Arrays.copyOf(xy, n));
      }
      List<Object> list = new ArrayList<>();
      list.add(first);
      while ((t = p.nextToken()) == JsonToken.START_ARRAY) {
        list.add(read());
      }
      if (t != JsonToken.END_ARRAY) {
        return bad("coordinates mix nested lists and " + describe(p, t));
      }
      return list;
    }

    /** Records a problem at the current token and consumes the rest of the enclosing array. */
    private Object bad(String message) throws IOException {
      fail(message);
      p.skipChildren(); // a nested object or array at the current token; nothing for a scalar
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
        p.skipChildren();
      }
      return null;
    }

    private double[] position(JsonToken first) throws IOException {
      double[] xy = new double[2];
      int n = 0;
      JsonToken t = first;
      while (t != JsonToken.END_ARRAY) {
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
          double v = p.getDoubleValue();
          if (!Double.isFinite(v)) {
            fail("coordinate is not a finite number: " + p.getText());
          } else if (n < 2) {
            xy[n] = v;
          }
          n++;
        } else {
          fail("a position must hold numbers, found " + describe(p, t));
          p.skipChildren();
        }
        t = p.nextToken();
      }
      if (n < 2) {
        fail("a position needs two numbers [x, y], has " + n);
      }
      return xy;
    }

    private void fail(String message) {
      if (problem == null) {
        problem = message;
      }
    }
  }
}
