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
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.dekking.crs.CrsTransform;
import nl.dekking.io.DataFileException;
import nl.dekking.io.batch.InOrder;

/**
 * Reads a GeoJSON FeatureCollection feature by feature with Jackson's streaming {@link JsonParser}; no tree of the
 * file is ever built, so memory is proportional to one feature, not to the file.
 *
 * <p><b>The {@code crs} member.</b> JSON object members are unordered, so a (pre-RFC 7946) {@code crs} member may
 * follow {@code features}. When the CRS is known before the first feature (the {@code crs} member comes first, as
 * GDAL and PDOK write it) features are decoded as they are read. When {@code features} comes first and the source
 * can be opened again (a file), a cheap first pass over the top-level members only (the features array is
 * skipped token by token with {@link JsonParser#skipChildren()}, constant memory) looks for a later {@code crs};
 * the second pass then streams. A one-shot stream cannot be read twice: when its features come before any
 * {@code crs} member, the rest of the stream (from the start of the features array; with the bytes Jackson has
 * buffered, {@link JsonParser#releaseBuffered(OutputStream)}) is copied to a {@link Spool} (memory up to 8 MB, a
 * temporary file beyond) and then read like a file: heap bounded whatever the stream's size. Without any {@code crs} member the
 * default CRS of the reader applies (RFC 7946: WGS84).
 *
 * <p>Two deviations from strict JSON are accepted: {@code NaN} and {@code Infinity}, so that they are reported as
 * bad coordinates rather than as bad JSON, and a number with a trailing decimal point ({@code 67.}), which real
 * BGT exports contain.
 *
 * <p>A member that occurs twice in one object (two {@code features} or {@code crs} members, two {@code coordinates}
 * in a geometry, a property given twice) is refused as invalid JSON naming the member and where it is: which of
 * the two was meant cannot be known, and readers disagree on it.
 *
 * <p>A feature is decoded in full before it is handed on; a bad feature stops the read with a
 * {@link DataFileException} naming the file, the feature's index and id, and the problem.
 *
 * <p>Not thread-safe; one instance per read. An {@linkplain Interpreter#threadSafe() interpreter that may run on
 * several threads} (households) interprets on every core while this parser reads on.
 */
final class FeatureCollectionParser<T> {

  static final JsonFactory JSON = JsonFactory.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS) // so that NaN is reported as a bad coordinate, not as bad JSON
      // "hoek": [ 67. ] as the real BGT label export writes it: not JSON, but unambiguous
      .enable(JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS)
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      // two 'features', two 'crs', two 'coordinates' or two of a property: which one is meant is anyone's guess
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  /**
   * Turns a parsed feature into a model value, or null to leave a valid feature out (a water-only CBS area, an
   * unnamed NWB segment); throws IllegalArgumentException for bad content.
   */
  interface Interpreter<T> {
    T interpret(RawFeature feature, GeometryDecoder decoder);

    /**
     * Whether {@link #interpret} may run on several threads at once (each with its own decoder): then features
     * are interpreted on every core while the next ones are parsed, and still handed on in file order.
     */
    default boolean threadSafe() {
      return false;
    }
  }

  /** Features interpreted together on a worker thread. */
  private static final int BATCH = 4096;

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
  private long index = -1;
  private String id = "";
  private InputStream in;
  private boolean spool; // reading a spool file: its line and column numbers are not the source's

  FeatureCollectionParser(Source source, String defaultCrs, Interpreter<T> interpreter, Consumer<? super T> consumer) {
    this.source = source;
    this.defaultCrs = defaultCrs;
    this.interpreter = interpreter;
    this.consumer = consumer;
  }

  /** Reads the whole collection, handing each interpreted feature to the consumer in file order. */
  void run() {
    try (InputStream opened = source.open(); JsonParser p = JSON.createParser(opened)) {
      in = opened;
      collection(p);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null || spool ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
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
        case "features" -> {
          if (!crsKnown && !source.reopenable()) {
            spoolAndRead(p);
            return;
          }
          features(p);
        }
        default -> p.skipChildren();
      }
    }
    if (p.nextToken() != null) {
      throw fileProblem("has content after the end of the FeatureCollection");
    }
    if (!featuresSeen) {
      throw fileProblem("has no 'features' member: not a GeoJSON FeatureCollection");
    }
  }

  private void features(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw fileProblem("'features' must be an array, was " + describe(p, p.currentToken()));
    }
    featuresSeen = true;
    if (!crsKnown) {
      crsName = prescanCrs();
      crsKnown = true;
    }
    decoder = decoder();
    if (interpreter.threadSafe() && Runtime.getRuntime().availableProcessors() > 1) {
      featuresInParallel(p);
      return;
    }
    long i = 0;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      index = i;
      id = "";
      if (t != JsonToken.START_OBJECT) {
        throw new DataFileException(source.name(), i, "", "feature is not an object but " + describe(p, t), null);
      }
      deliver(feature(p, i));
      i++;
    }
    index = -1;
    id = "";
  }

  /** What a batch of features became: their values in order, up to the first bad one (then {@code failure}). */
  private record Interpreted<T>(List<T> values, RuntimeException failure) {}

  /**
   * The features array with a thread-safe interpreter: this thread parses, workers interpret batches, and values
   * are handed on in file order; a bad feature stops the read after every feature before it was handed on, as in
   * the sequential read.
   */
  private void featuresInParallel(JsonParser p) throws IOException {
    ThreadLocal<GeometryDecoder> decoders = ThreadLocal.withInitial(this::decoder);
    try (InOrder<Interpreted<T>> work = new InOrder<>("dekking-geojson", this::handOn)) {
      long i = 0;
      List<RawFeature> batch = new ArrayList<>(BATCH);
      while (true) {
        try {
          JsonToken t = p.nextToken();
          if (t == JsonToken.END_ARRAY) {
            break;
          }
          index = i;
          id = "";
          if (t != JsonToken.START_OBJECT) {
            throw new DataFileException(source.name(), i, "", "feature is not an object but " + describe(p, t), null);
          }
          batch.add(feature(p, i));
        } catch (IOException | RuntimeException e) {
          // a feature before the one that cannot be parsed may be bad too: that is the first problem to report
          work.finish();
          handOn(interpretAll(batch, decoders.get()));
          throw e;
        }
        i++;
        if (batch.size() == BATCH) {
          List<RawFeature> full = batch;
          work.submit(() -> interpretAll(full, decoders.get()));
          batch = new ArrayList<>(BATCH);
        }
      }
      work.finish();
      handOn(interpretAll(batch, decoders.get()));
    }
    index = -1;
    id = "";
  }

  private Interpreted<T> interpretAll(List<RawFeature> batch, GeometryDecoder decoder) {
    List<T> values = new ArrayList<>(batch.size());
    for (RawFeature f : batch) {
      try {
        values.add(interpreter.interpret(f, decoder));
      } catch (DataFileException e) {
        return new Interpreted<>(values, e);
      } catch (IllegalArgumentException e) {
        return new Interpreted<>(values, new DataFileException(source.name(), f.index(), f.id(), e.getMessage(), e));
      }
    }
    return new Interpreted<>(values, null);
  }

  private void handOn(Interpreted<T> done) {
    for (T value : done.values()) {
      if (value != null) {
        consumer.accept(value);
      }
    }
    if (done.failure() != null) {
      throw done.failure();
    }
  }

  /**
   * Copies the rest of a one-shot stream, from the start of its features array, to a {@link Spool} and reads that
   * as a file.
   */
  private void spoolAndRead(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw fileProblem("'features' must be an array, was " + describe(p, p.currentToken()));
    }
    try (Spool spool = new Spool()) {
      spool.write("{\"features\": [".getBytes(StandardCharsets.UTF_8));
      p.releaseBuffered(spool);
      in.transferTo(spool);
      spool.finish();
      Source spooled = new Source() {
        @Override
        public String name() {
          return source.name();
        }

        @Override
        public InputStream open() throws IOException {
          return spool.open();
        }

        @Override
        public boolean reopenable() {
          return true;
        }
      };
      FeatureCollectionParser<T> rest = new FeatureCollectionParser<>(spooled, defaultCrs, interpreter, consumer);
      rest.spool = true;
      rest.run();
    }
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
    if (value != null) {
      consumer.accept(value);
    }
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
          problem = reader.problem();
        }
      } else {
        p.skipChildren();
      }
    }
    return new RawGeometry(type, coordinates, problem);
  }

  private String crs(JsonParser p) throws IOException {
    try {
      return CrsMember.read(p);
    } catch (IllegalArgumentException e) {
      throw fileProblem(e.getMessage());
    }
  }

  private String prescanCrs() throws IOException {
    try (InputStream again = source.open()) {
      return CrsMember.scan(again);
    } catch (IllegalArgumentException e) {
      throw fileProblem(e.getMessage());
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

  /** A token for a message: "an object", "the string 'abc'", "the value 12". */
  static String describe(JsonParser p, JsonToken t) throws IOException {
    if (t == null) {
      return "the end of the file";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> {
        String text = p.getText();
        yield "the string '" + (text.length() > 60 ? text.substring(0, 60) + "..." : text) + "'";
      }
      case VALUE_NULL -> "null";
      default -> t.isScalarValue() ? "the value " + p.getText() : t.asString() == null ? t.name() : t.asString();
    };
  }
}
